#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Parallel
import Diagnostics
import Model
import Analysis
import Reporting

/// What a check run reads besides the designs: the rules, the config's choices, the baseline.
public struct CheckSettings: Sendable {
    public var config: ProjectConfig
    /// `--fail-on`, over the config's `fail-on`, over `error`.
    public var failOn: FailLevel?
    /// `--rules` folders, added to the config's `rule-packs`.
    public var rulePacks: [String]
    /// `--baseline`, over the config's `baseline`.
    public var baseline: String?
    /// Today, `YYYY-MM-DD`, for suppressions that expire.
    public var today: String
    /// Problems with the config file itself, reported as a file of the run.
    public var configDiagnostics: [Diagnostic]

    public init(
        config: ProjectConfig = ProjectConfig(), failOn: FailLevel? = nil, rulePacks: [String] = [],
        baseline: String? = nil, today: String, configDiagnostics: [Diagnostic] = []
    ) {
        self.config = config
        self.failOn = failOn
        self.rulePacks = rulePacks
        self.baseline = baseline
        self.today = today
        self.configDiagnostics = configDiagnostics
    }

    /// Today's date in UTC as `YYYY-MM-DD`.
    public static func currentDate(_ now: Date = Date()) -> String {
        civilDate(daysSinceEpoch: Int((now.timeIntervalSince1970 / 86_400).rounded(.down)))
    }

    /// The proleptic Gregorian date `days` after 1970-01-01, as `YYYY-MM-DD`: Howard Hinnant's
    /// `civil_from_days`, pure arithmetic, where a `DateFormatter` loads locale and time-zone data
    /// (a millisecond of every run).
    static func civilDate(daysSinceEpoch days: Int) -> String {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return zeroPadded(year, 4) + "-" + zeroPadded(month, 2) + "-" + zeroPadded(day, 2)
    }

    /// The number in decimal, with zeros before it up to `width` digits.
    private static func zeroPadded(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(width - digits.count, 0)) + digits
    }
}

/// Runs `dataplan check` over paths: discovers the files, checks each one against the rules, in a stable order.
public struct CheckRunner: Sendable {
    public var pipeline: DesignPipeline

    public init(pipeline: DesignPipeline = DesignPipeline()) {
        self.pipeline = pipeline
    }

    /// With `keepingGraphs`, each report holds its design's graph, for a format that draws it.
    public func run(
        paths: [String], settings: CheckSettings = CheckSettings(today: CheckSettings.currentDate()),
        skippingNonDesigns: Bool = false, keepingGraphs: Bool = false
    ) -> CheckReport {
        let prepared = prepare(settings)
        let candidates = FileDiscovery.candidates(for: paths, skippingNonDesigns: skippingNonDesigns)
        let checked = Concurrently.map(candidates) { candidate -> FileReport? in
            pipeline.load(candidate).map { loaded in
                var report = prepared.check(loaded)
                if keepingGraphs { report.graph = loaded.graph }
                return report
            }
        }
        let files = Self.reports(for: prepared.problems) + Self.accountFindingsOnce(checked.compactMap { $0 })
        let skipped = FileDiscovery.skipped(candidates, results: checked)
        return CheckReport(files: files, failOn: prepared.failOn, rules: prepared.engine.rules, skipped: skipped)
    }

    /// Reads the rules, packs and baseline once for a run.
    public func prepare(_ settings: CheckSettings) -> PreparedCheck {
        let catalog = RuleCatalog.load(packs: settings.config.rulePacks + settings.rulePacks, examples: false)
        var problems = settings.configDiagnostics + catalog.diagnostics
        problems += settings.config.unknownRuleDiagnostics(known: Set(catalog.rules.map(\.id)))
        var baseline: Baseline?
        if let path = settings.baseline ?? settings.config.baseline {
            let read = Baseline.read(path: path)
            baseline = read.baseline
            problems += read.diagnostics
        }
        let disabled = Set(settings.config.disabledRules)
        let engine = RuleEngine(
            rules: catalog.rules.filter { !disabled.contains($0.id) },
            settings: RuleSettings(
                requiredTags: settings.config.requiredTags ?? RuleSettings.defaultRequiredTags, today: settings.today,
                account: settings.config.account),
            severityOverrides: settings.config.severityOverrides,
            knownIDs: Set(catalog.rules.map(\.id))
        )
        return PreparedCheck(
            engine: engine, baseline: baseline, problems: problems,
            failOn: settings.failOn ?? settings.config.failOn ?? .error)
    }

    /// An account-wide rule's finding kept on the first design that has it, naming the other designs, which lose
    /// theirs: a missing CloudTrail is one finding for a run over a folder, not one a design. The first decides,
    /// suppressed or baselined as it may be, so that a baseline written from such a run keeps them all out.
    static func accountFindingsOnce(_ files: [FileReport]) -> [FileReport] {
        var files = files
        var first: [String: (file: Int, finding: Int)] = [:]
        var others: [String: [String]] = [:]
        for fileIndex in files.indices {
            var kept: [Finding] = []
            for finding in files[fileIndex].findings {
                if finding.rule.accountWide, first[finding.rule.id] != nil {
                    others[finding.rule.id, default: []].append(files[fileIndex].designName ?? files[fileIndex].path)
                    continue
                }
                if finding.rule.accountWide { first[finding.rule.id] = (fileIndex, kept.count) }
                kept.append(finding)
            }
            files[fileIndex].findings = kept
        }
        for (rule, place) in first {
            guard let names = others[rule], files[place.file].findings[place.finding].isActive else { continue }
            let position = place.finding
            let list = names.prefix(5).joined(separator: ", ") + (names.count > 5 ? " and \(names.count - 5) more" : "")
            let designs = "\(names.count) other design\(names.count == 1 ? "" : "s")"
            files[place.file].findings[position].note =
                "also \(designs): \(list); declare the account's controls once in .dataplan.yml `account:`"
        }
        return files
    }

    /// Problems with rule files, packs, the config or the baseline, grouped into one report per file.
    public static func reports(for diagnostics: [Diagnostic]) -> [FileReport] {
        var order: [String] = []
        var byFile: [String: [Diagnostic]] = [:]
        for diagnostic in diagnostics {
            let file = diagnostic.location.file
            if byFile[file] == nil { order.append(file) }
            byFile[file, default: []].append(diagnostic)
        }
        return order.map { file in
            let source = FileManager.default.contents(atPath: file).map { [UInt8]($0) }
            return FileReport(path: file, designName: nil, sourceBytes: source, diagnostics: byFile[file]!)
        }
    }

    /// The keys of every finding that is not suppressed, for `--write-baseline`.
    public static func baselineKeys(_ report: CheckReport) -> Set<FindingKey> {
        var keys: Set<FindingKey> = []
        for file in report.files {
            guard let design = file.designName else { continue }
            for finding in file.findings where finding.suppression == nil {
                keys.insert(finding.key(design: design))
            }
        }
        return keys
    }
}

/// A check run's rules, baseline and settings, ready to check designs one at a time.
public struct PreparedCheck: Sendable {
    public let engine: RuleEngine
    public let baseline: Baseline?
    /// Problems with the config, rule packs or baseline: each makes the run exit 2.
    public let problems: [Diagnostic]
    public let failOn: FailLevel

    /// The file's report with the rules' findings, baselined ones marked.
    public func check(_ loaded: LoadedDesign) -> FileReport {
        var report = loaded.report
        guard let graph = loaded.graph else { return report }
        let run = engine.run(on: graph)
        report.diagnostics += run.diagnostics
        report.applicable = run.applicable
        report.findings = run.findings.map { finding in
            var marked = finding
            marked.baselined = baseline?.keys.contains(finding.key(design: graph.design.name)) ?? false
            return marked
        }
        return report
    }

    /// The findings of a design read outside a check run (`compare`, `diff`): neither suppressed nor baselined.
    public func openFindings(_ graph: DesignGraph) -> [Finding] {
        let report = check(
            LoadedDesign(
                report: FileReport(
                    path: graph.design.file, designName: graph.design.name, source: nil, diagnostics: []),
                design: graph.design, graph: graph))
        return report.findings.filter(\.isActive)
    }
}

import Foundation
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

    public init(config: ProjectConfig = ProjectConfig(), failOn: FailLevel? = nil, rulePacks: [String] = [],
                baseline: String? = nil, today: String, configDiagnostics: [Diagnostic] = []) {
        self.config = config
        self.failOn = failOn
        self.rulePacks = rulePacks
        self.baseline = baseline
        self.today = today
        self.configDiagnostics = configDiagnostics
    }

    /// Today's date in UTC as `YYYY-MM-DD`.
    public static func currentDate() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }
}

/// Runs `dataplan check` over paths: discovers the files, checks each one against the rules, in a stable order.
public struct CheckRunner: Sendable {
    public var pipeline: DesignPipeline

    public init(pipeline: DesignPipeline = DesignPipeline()) {
        self.pipeline = pipeline
    }

    public func run(paths: [String], settings: CheckSettings = CheckSettings(today: CheckSettings.currentDate())) -> CheckReport {
        let catalog = RuleCatalog.load(packs: settings.config.rulePacks + settings.rulePacks)
        var setupProblems = settings.configDiagnostics + catalog.diagnostics
        setupProblems += settings.config.unknownRuleDiagnostics(known: Set(catalog.rules.map(\.id)))
        var baseline: Baseline?
        if let path = settings.baseline ?? settings.config.baseline {
            let read = Baseline.read(path: path)
            baseline = read.baseline
            setupProblems += read.diagnostics
        }
        let disabled = Set(settings.config.disabledRules)
        let engine = RuleEngine(
            rules: catalog.rules.filter { !disabled.contains($0.id) },
            settings: RuleSettings(requiredTags: settings.config.requiredTags ?? RuleSettings.defaultRequiredTags, today: settings.today),
            severityOverrides: settings.config.severityOverrides,
            knownIDs: Set(catalog.rules.map(\.id))
        )

        var files = Self.reports(for: setupProblems)
        for candidate in FileDiscovery.candidates(for: paths) {
            guard let loaded = pipeline.load(candidate) else { continue }
            var report = loaded.report
            if let graph = loaded.graph {
                let run = engine.run(on: graph)
                report.diagnostics += run.diagnostics
                report.findings = run.findings.map { finding in
                    var marked = finding
                    marked.baselined = baseline?.keys.contains(finding.key(design: graph.design.name)) ?? false
                    return marked
                }
            }
            files.append(report)
        }
        return CheckReport(files: files, failOn: settings.failOn ?? settings.config.failOn ?? .error)
    }

    /// Problems with rule files, packs, the config or the baseline, grouped into one report per file.
    static func reports(for diagnostics: [Diagnostic]) -> [FileReport] {
        var order: [String] = []
        var byFile: [String: [Diagnostic]] = [:]
        for diagnostic in diagnostics {
            let file = diagnostic.location.file
            if byFile[file] == nil { order.append(file) }
            byFile[file, default: []].append(diagnostic)
        }
        return order.map { file in
            let source = FileManager.default.contents(atPath: file).map { String(decoding: $0, as: UTF8.self) }
            return FileReport(path: file, designName: nil, source: source, diagnostics: byFile[file]!)
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

import Diagnostics
import Model
import Analysis

/// What checking one file produced: problems with the input, and the rules' findings.
public struct FileReport: Sendable {
    public let path: String
    /// The design's name, when the file is a valid design.
    public let designName: String?
    /// The file's bytes, for quoting source lines under diagnostics; nil when it could not be read.
    /// Kept as read (the loader's own array, not a copy), and made into text only by a reporter
    /// that quotes lines: a large design's text is megabytes that no other format reads.
    public let sourceBytes: [UInt8]?
    public var diagnostics: [Diagnostic]
    /// Findings in file order, suppressed and baselined ones included and marked.
    public var findings: [Finding]
    /// How many subjects each rule applied to in this file (JUnit's passing test cases).
    public var applicable: [String: Int] = [:]
    /// The design's graph, kept only for a report that draws it (`check --format markdown`).
    public var graph: DesignGraph?

    public init(
        path: String, designName: String?, sourceBytes: [UInt8]?, diagnostics: [Diagnostic], findings: [Finding] = []
    ) {
        self.path = path
        self.designName = designName
        self.sourceBytes = sourceBytes
        self.diagnostics = diagnostics
        self.findings = findings
    }

    public init(path: String, designName: String?, source: String?, diagnostics: [Diagnostic], findings: [Finding] = [])
    {
        self.init(
            path: path, designName: designName, sourceBytes: source.map { Array($0.utf8) }, diagnostics: diagnostics,
            findings: findings)
    }

    /// The file's text (bytes that are not UTF-8 replaced, as `String(decoding:)` does).
    public var source: String? { sourceBytes.map { String(decoding: $0, as: UTF8.self) } }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// A YAML file found in a folder that was not read as a design, listed so that no file is passed over silently.
public struct SkippedFile: Sendable, Equatable {
    public let path: String
    public let reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// The reason given for a folder's YAML file without a top-level `dataplan` key.
    public static let notADesign = "not a design: it has no top-level `dataplan` key"
}

/// What one `dataplan check` run produced, file by file, in the order the files were named and found.
public struct CheckReport: Sendable {
    public let files: [FileReport]
    public let failOn: FailLevel
    /// The rules the run evaluated, in catalog order (SARIF's `tool.driver.rules`).
    public let rules: [Rule]
    /// A folder's YAML files that are not designs, in the order they were found.
    public var skipped: [SkippedFile]

    public init(files: [FileReport], failOn: FailLevel = .error, rules: [Rule] = [], skipped: [SkippedFile] = []) {
        self.files = files
        self.failOn = failOn
        self.rules = rules
        self.skipped = skipped
    }

    public var errors: [Diagnostic] { files.flatMap { $0.diagnostics.filter { $0.severity == .error } } }
    public var warnings: [Diagnostic] { files.flatMap { $0.diagnostics.filter { $0.severity != .error } } }
    /// Findings that count: neither suppressed nor baselined.
    public var activeFindings: [Finding] { files.flatMap { $0.findings.filter(\.isActive) } }
    public var suppressedFindings: [Finding] { files.flatMap { $0.findings.filter { $0.suppression != nil } } }
    public var baselinedFindings: [Finding] {
        files.flatMap { $0.findings.filter { $0.suppression == nil && $0.baselined } }
    }

    public func count(_ severity: Severity) -> Int {
        count { $0.severity == severity && $0.isActive }
    }

    public var suppressedCount: Int { count { $0.suppression != nil } }
    public var baselinedCount: Int { count { $0.suppression == nil && $0.baselined } }

    /// How many findings `include` accepts.
    public func count(where include: (Finding) -> Bool) -> Int {
        files.reduce(0) { total, file in total + file.findings.count(where: include) }
    }

    /// Calls `body` with each finding `include` accepts, in file order.
    public func forEachFinding(where include: (Finding) -> Bool, _ body: (Finding) -> Void) {
        for file in files {
            for finding in file.findings where include(finding) { body(finding) }
        }
    }

    /// 2 when any input could not be used; else 1 when a finding is at or above `failOn`; else 0.
    public var exitCode: Int32 {
        if !errors.isEmpty { return 2 }
        return count { $0.isActive && failOn.fails($0.severity) } > 0 ? 1 : 0
    }
}

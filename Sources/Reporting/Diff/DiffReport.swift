import Diagnostics

/// What one `dataplan diff` run produced: the diff when both designs could be read, else the problems.
public struct DiffReport: Sendable {
    public let diff: DesignDiff?
    public let problems: [FileReport]

    public init(diff: DesignDiff?, problems: [FileReport]) {
        self.diff = diff
        self.problems = problems
    }

    public var errors: [Diagnostic] { problems.flatMap { $0.diagnostics.filter { $0.severity == .error } } }

    /// 2 when an input could not be used, else the gate's verdict.
    public var exitCode: Int32 {
        guard errors.isEmpty, let diff else { return 2 }
        return diff.exitCode
    }
}

import Diagnostics

/// The level at and above which findings fail a run (`--fail-on`, `fail-on:`).
public enum FailLevel: String, CaseIterable, Sendable {
    case error, warning, info, never

    /// Whether a finding of this severity fails the run.
    public func fails(_ severity: Severity) -> Bool {
        switch self {
        case .error: severity >= .error
        case .warning: severity >= .warning
        case .info: true
        case .never: false
        }
    }
}

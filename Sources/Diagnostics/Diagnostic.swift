/// How serious a diagnostic or finding is.
public enum Severity: String, Comparable, Sendable, CaseIterable, Codable {
    case info, warning, error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A problem with the input itself (unreadable file, invalid YAML, invalid design).
///
/// An error-level diagnostic means the file could not be used: the run exits 2.
/// Warnings describe input that was used but looks unintended.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public let severity: Severity
    public let location: SourceLocation
    public let message: String

    public init(_ severity: Severity = .error, at location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

/// Collects the diagnostics of one file, each tied to a position in it.
public struct DiagnosticLog: Sendable {
    public let file: String
    public private(set) var diagnostics: [Diagnostic] = []

    public init(file: String) {
        self.file = file
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    public mutating func error(_ message: String, at mark: Mark) {
        diagnostics.append(Diagnostic(.error, at: mark.located(in: file), message))
    }

    public mutating func warning(_ message: String, at mark: Mark) {
        diagnostics.append(Diagnostic(.warning, at: mark.located(in: file), message))
    }

    public mutating func note(_ message: String, at mark: Mark) {
        diagnostics.append(Diagnostic(.info, at: mark.located(in: file), message))
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        diagnostics.append(contentsOf: other)
    }
}

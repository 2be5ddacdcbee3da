#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Diagnostics
import YAMLLoader
import Model
import Pricing

/// `--sweep PATH=FROM..TO[:STEPS]`: one figure of the design, or one rate, varied across a range.
///
/// PATH is `COMPONENT.PROPERTY[.KEY]` (`transform.duration`, `clicks.emits.rate`), `FROM->TO.PROPERTY`
/// for a flow written as a mapping (`landing->transform.volume`), or `rate:KEY` for a rate of the
/// tables (`rate:glue/dpu-hour`). FROM and TO are written as the figure is (`50GB/day..5TB/day`);
/// STEPS (default 10) is the number of intervals, so STEPS + 1 points are priced.
public struct SweepSpec: Sendable, Equatable {
    public enum Target: Sendable, Equatable {
        case property(component: String, path: [String])
        case flow(from: String, to: String, property: String)
        case rate(String)
    }

    public let path: String
    public let target: Target
    public let fromText: String
    public let toText: String
    public let steps: Int

    public static let defaultSteps = 10
    public static let maxSteps = 1_000

    /// Reads the option's text; the message says what is wrong when it cannot.
    public static func parse(_ text: String) -> Result<SweepSpec, SweepError> {
        guard let equals = text.firstIndex(of: "=") else {
            return .failure(
                SweepError(
                    "--sweep needs PATH=FROM..TO[:STEPS], e.g. 'transform.duration=10min..4h:12'; found '\(text)'"))
        }
        let path = text[..<equals].trimmingSpaces
        var range = String(text[text.index(after: equals)...])
        var steps = defaultSteps
        if let colon = range.lastIndex(of: ":") {
            guard let parsed = Int(range[range.index(after: colon)...]), parsed >= 1, parsed <= maxSteps else {
                return .failure(
                    SweepError(
                        "--sweep STEPS must be a whole number from 1 to \(maxSteps); found "
                            + "'\(range[range.index(after: colon)...])'"
                    ))
            }
            steps = parsed
            range = String(range[..<colon])
        }
        let bounds = range.components(separatedBy: "..")
        guard bounds.count == 2, !bounds[0].isEmpty, !bounds[1].isEmpty else {
            return .failure(SweepError("--sweep needs a range FROM..TO after '='; found '\(range)'"))
        }
        guard let target = parseTarget(path) else {
            return .failure(
                SweepError("--sweep PATH must be COMPONENT.PROPERTY, FROM->TO.PROPERTY or rate:KEY; found '\(path)'"))
        }
        if case .rate(let key) = target, RateCatalog.spec(for: key) == nil {
            return .failure(
                SweepError(
                    "--sweep: unknown rate '\(key)'\(Suggestion.hint(for: key, among: RateCatalog.specs.map(\.key)))"))
        }
        return .success(
            SweepSpec(
                path: path, target: target, fromText: bounds[0].trimmingSpaces,
                toText: bounds[1].trimmingSpaces, steps: steps))
    }

    static func parseTarget(_ path: String) -> Target? {
        if path.hasPrefix("rate:") {
            let key = String(path.dropFirst("rate:".count))
            return key.isEmpty ? nil : .rate(key)
        }
        if let arrow = path.firstRange(of: "->") {
            let from = path[..<arrow.lowerBound].trimmingSpaces
            let rest = path[arrow.upperBound...].split(separator: ".", omittingEmptySubsequences: false).map(
                String.init)
            guard rest.count == 2, DesignNames.isValid(from), DesignNames.isValid(rest[0].trimmingSpaces),
                !rest[1].isEmpty
            else { return nil }
            return .flow(from: from, to: rest[0].trimmingSpaces, property: rest[1])
        }
        let parts = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, DesignNames.isValid(parts[0]), !parts.contains(where: \.isEmpty) else { return nil }
        return .property(component: parts[0], path: Array(parts.dropFirst()))
    }

    /// The kind of value the path holds in `design`, for reading FROM and TO; nil when the design has no such figure.
    public func kind(in design: Design) -> ValueKind? {
        switch target {
        case .rate:
            return .number
        case .flow(_, _, let property):
            return CommonProperties.flow.first { $0.name == property }?.kind
        case .property(let component, let path):
            guard let type = design.component(named: component)?.type, let first = type.property(named: path[0]) else {
                return nil
            }
            var kind = first.kind
            for key in path.dropFirst() {
                guard case .object(let properties) = kind, let next = properties.first(where: { $0.name == key }) else {
                    return nil
                }
                kind = next.kind
            }
            return kind
        }
    }
}

/// Why a sweep cannot be run, said as the message the user sees.
public struct SweepError: Error, Sendable, Equatable {
    public let message: String
    public init(_ message: String) { self.message = message }
}

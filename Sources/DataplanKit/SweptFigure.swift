#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import YAMLLoader
import Model

/// A sweep's figure made concrete: its kind, the range in the kind's base units (bytes, seconds,
/// per second), the unit FROM was written in for showing values, and how to write a value back
/// into a design so that it is read exactly as a user's own figure would be.
struct SweptFigure: Sendable {
    let spec: SweepSpec
    let kind: ValueKind
    let from: Decimal
    let to: Decimal
    /// The unit FROM was written in (`GB/day`), and one of it in base units.
    let unit: String
    let unitFactor: Decimal

    init(spec: SweepSpec, kind: ValueKind) throws(SweepError) {
        self.spec = spec
        self.kind = kind
        guard Self.writable(kind) else {
            throw SweepError("--sweep: '\(spec.path)' is \(kind.summary), not a figure that can be varied")
        }
        guard let from = kind.parse(scalar: spec.fromText)?.decimal, let to = kind.parse(scalar: spec.toText)?.decimal
        else {
            throw SweepError(
                "--sweep: FROM and TO of '\(spec.path)' must each be \(kind.summary); found '\(spec.fromText)' and "
                    + "'\(spec.toText)'"
            )
        }
        guard from >= 0, to > from else {
            throw SweepError(
                "--sweep: the range of '\(spec.path)' must run upward from zero or more; found "
                    + "\(spec.fromText)..\(spec.toText)"
            )
        }
        self.from = from
        self.to = to
        let unit = String(spec.fromText.drop { $0.isNumber || $0 == "." || $0 == " " })
        unitFactor = kind.parse(scalar: "1" + unit)?.decimal ?? 1
        self.unit = kind == .recordRate && unit.hasPrefix("/") ? "records" + unit : unit
    }

    static func writable(_ kind: ValueKind) -> Bool {
        switch kind {
        case .count, .number, .duration, .size, .recordRate, .byteRate, .bandwidth, .money: true
        default: false
        }
    }

    /// The value at step `index` of `steps`, in base units.
    func value(at index: Int) -> Decimal {
        from + (to - from) * Decimal(index) / Decimal(spec.steps)
    }

    /// A value in base units as FROM's unit shows it.
    func shown(_ value: Decimal) -> Decimal { value / unitFactor }

    /// The scalar text that reads back as `value` in base units.
    func scalar(_ value: Decimal) -> String {
        let digits = value.plainText(scale: kind == .count ? 0 : 12)
        switch kind {
        case .duration: return digits + "s"
        case .size: return digits + "B"
        case .byteRate: return digits + "B/s"
        case .recordRate: return digits + "/s"
        case .bandwidth: return value.shifted(by: -3).plainText(scale: 12) + "Kbps"
        case .money: return digits + " USD/month"
        default: return digits
        }
    }

    /// Whether `design` has the figure: a rate always; a property only where the component's type
    /// knows it (an alternative of another type keeps its own figures, constant across the sweep).
    func reaches(_ design: Design) -> Bool {
        switch spec.target {
        case .rate: true
        case .property: spec.kind(in: design) == kind
        case .flow(let from, let to, _): design.flows.contains { $0.from == from && $0.to == to }
        }
    }

    /// `root` with the figure set to `value`; nil when this design has no such component or flow.
    func applied(_ value: Decimal, to root: YAMLNode) -> YAMLNode? {
        let text = YAMLNode(.scalar(YAMLScalar(scalar(value))), at: root.mark)
        switch spec.target {
        case .rate:
            return root
        case .property(let component, let path):
            return root.replacing(["components", component] + path, with: text, creating: 2)
        case .flow(let from, let to, let property):
            guard var top = root.mapping, let index = top.firstIndex(where: { $0.key.scalar?.value == "flows" }),
                var flows = top[index].value.sequence
            else { return nil }
            guard
                let position = flows.firstIndex(where: { flow in
                    flow.mapping?.first { $0.key.scalar?.value == "from" }?.value.scalar?.value == from
                        && flow.mapping?.first { $0.key.scalar?.value == "to" }?.value.scalar?.value == to
                }), let changed = flows[position].replacing([property], with: text, creating: 0)
            else { return nil }
            flows[position] = changed
            top[index].value = YAMLNode(.sequence(flows), at: top[index].value.mark)
            return YAMLNode(.mapping(top), at: root.mark, coreTag: root.coreTag)
        }
    }
}

extension YAMLNode {
    /// This mapping with the value at `path` replaced; keys past the first `existing` of the path
    /// are added when missing. Nil when a key that must exist does not, or a step is not a mapping.
    func replacing(_ path: [String], with value: YAMLNode, creating existing: Int) -> YAMLNode? {
        guard let key = path.first else { return value }
        guard var pairs = mapping else { return nil }
        if let index = pairs.firstIndex(where: { $0.key.scalar?.value == key }) {
            guard
                let child = pairs[index].value.replacing(
                    Array(path.dropFirst()), with: value, creating: max(existing - 1, 0))
            else { return nil }
            pairs[index].value = child
        } else {
            guard existing == 0 else { return nil }
            let empty = YAMLNode(.mapping([]), at: mark)
            guard let child = empty.replacing(Array(path.dropFirst()), with: value, creating: 0) else { return nil }
            pairs.append(YAMLPair(key: YAMLNode(.scalar(YAMLScalar(key)), at: mark), value: child))
        }
        return YAMLNode(.mapping(pairs), at: mark, coreTag: coreTag)
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Diagnostics
import YAMLLoader

/// Checks a YAML node against a `ValueKind` and converts it to a `Value`, reporting every mismatch.
struct ValueReader {
    var log: DiagnosticLog
    /// The keys the mapping being read accepts, so that a hint names only a key that exists there.
    private var siblingSpecs: [PropertySpec] = []

    init(log: DiagnosticLog) {
        self.log = log
    }

    /// Converts `node`, the value of `key`, or reports why it cannot be and returns nil.
    mutating func read(_ node: YAMLNode, as kind: ValueKind, key: String, keyMark: Mark) -> PropertyValue? {
        let text = node.scalar?.value ?? ""
        guard let value = convert(node, as: kind, key: key) else { return nil }
        return PropertyValue(value, text: text, keyMark: keyMark, mark: node.mark)
    }

    /// Reads a mapping's entries against known properties; unknown keys are reported with the closest known name.
    mutating func readObject(_ node: YAMLNode, properties specs: [PropertySpec], context: String) -> PropertyTable? {
        guard let pairs = node.mapping else {
            log.error(
                "\(context) must be a mapping of \(specs.map(\.name).joined(separator: ", ")); found "
                    + "\(node.kindDescription)",
                at: node.mark)
            return nil
        }
        var result = PropertyTable(minimumCapacity: pairs.count)
        var valid = true
        let outerSpecs = siblingSpecs
        siblingSpecs = specs
        defer { siblingSpecs = outerSpecs }
        for index in pairs.indices {
            guard let key = scalarKey(pairs[index].key) else {
                valid = false
                continue
            }
            guard let spec = specs.firstIndex(where: { $0.name.isSameName(as: key) }) else {
                var hint = Suggestion.hint(for: key, among: specs.map(\.name))
                if hint.isEmpty {
                    hint =
                        specs.isEmpty
                        ? " (it takes no keys here)" : " (it takes \(specs.map(\.name).joined(separator: ", ")))"
                }
                log.error("unknown key '\(key)' in \(context)\(hint)", at: pairs[index].key.mark)
                valid = false
                continue
            }
            if let value = read(pairs[index].value, as: specs[spec].kind, key: key, keyMark: pairs[index].key.mark) {
                result.append(new: key, value)
            } else {
                valid = false
            }
        }
        return valid ? result : nil
    }

    /// A mapping key as text, or nil after reporting a key that is not a scalar.
    mutating func scalarKey(_ node: YAMLNode) -> String? {
        guard let scalar = node.scalar, !scalar.isNull else {
            log.error("a key here must be a plain name; found \(node.kindDescription)", at: node.mark)
            return nil
        }
        return scalar.value
    }

    private mutating func convert(_ node: YAMLNode, as kind: ValueKind, key: String) -> Value? {
        switch kind {
        case .list(let element):
            guard let items = node.sequence else { return mismatch(node, kind, key) }
            var values: [PropertyValue] = []
            var valid = true
            for index in items.indices {
                if let value = read(items[index], as: element, key: key, keyMark: items[index].mark) {
                    values.append(value)
                } else {
                    valid = false
                }
            }
            return valid ? .list(values) : nil
        case .map(let element):
            guard let pairs = node.mapping else { return mismatch(node, kind, key) }
            var values = PropertyTable(minimumCapacity: pairs.count)
            var valid = true
            for index in pairs.indices {
                guard let name = scalarKey(pairs[index].key) else {
                    valid = false
                    continue
                }
                if let value = read(pairs[index].value, as: element, key: name, keyMark: pairs[index].key.mark) {
                    values[name] = value
                } else {
                    valid = false
                }
            }
            return valid ? .object(values) : nil
        case .object(let specs):
            return readObject(node, properties: specs, context: "'\(key)'").map(Value.object)
        case .anyOf(let kinds):
            return convertFirstMatching(node, kinds: kinds, key: key, whole: kind)
        default:
            guard let scalar = node.scalar else { return mismatch(node, kind, key) }
            if scalar.isNull {
                log.error("'\(key)' has no value; expected \(kind.summary)", at: node.mark)
                return nil
            }
            return convertScalar(scalar.value, style: scalar.style, as: kind, key: key, mark: node.mark)
        }
    }

    /// Tries each kind whose shape fits the node; the first that converts cleanly wins.
    private mutating func convertFirstMatching(
        _ node: YAMLNode, kinds: [ValueKind], key: String, whole: ValueKind
    ) -> Value? {
        // Most nodes fit one kind only (a name, or a list of names): converted without making a list.
        guard let first = kinds.firstIndex(where: { Self.shapeFits(node, $0) }) else {
            return mismatch(node, whole, key)
        }
        if !kinds[(first + 1)...].contains(where: { Self.shapeFits(node, $0) }) {
            return convert(node, as: kinds[first], key: key)
        }
        let fitting = kinds[first...].filter { Self.shapeFits(node, $0) }
        for candidate in fitting {
            var trial = ValueReader(log: DiagnosticLog(file: log.file))
            if let value = trial.convert(node, as: candidate, key: key), !trial.log.hasErrors {
                return value
            }
        }
        if node.scalar == nil {
            return convert(node, as: fitting[0], key: key)
        }
        return mismatch(node, whole, key)
    }

    private static func shapeFits(_ node: YAMLNode, _ kind: ValueKind) -> Bool {
        switch (node.content, kind) {
        case (.sequence, .list): true
        case (.mapping, .object), (.mapping, .map): true
        case (_, .anyOf(let kinds)): kinds.contains { shapeFits(node, $0) }
        case (.scalar, .list), (.scalar, .object), (.scalar, .map): false
        case (.scalar, _): true
        default: false
        }
    }

    private mutating func mismatch(_ node: YAMLNode, _ kind: ValueKind, _ key: String) -> Value? {
        log.error("'\(key)' must be \(kind.summary); found \(node.kindDescription)", at: node.mark)
        return nil
    }

    private mutating func convertScalar(
        _ text: String, style: YAMLScalar.Style, as kind: ValueKind, key: String, mark: Mark
    ) -> Value? {
        switch kind {
        case .region:
            guard Regions.known.contains(text) else {
                log.error(
                    "'\(key)' names an unknown AWS region '\(text)'\(Suggestion.hint(for: text, among: Regions.all))",
                    at: mark)
                return nil
            }
            return .string(text)
        case .oneOf(let allowed):
            guard allowed.contains(text) else {
                log.error(
                    "'\(key)' must be one of \(allowed.joined(separator: ", ")); found "
                        + "'\(text)'\(Suggestion.hint(for: text, among: allowed))",
                    at: mark)
                return nil
            }
            return .string(text)
        default:
            break
        }
        let value = kind.parse(scalar: text, plain: style == .plain)
        guard let value else {
            let units = Units.accepted(for: kind).map { "; units: \($0)" } ?? ""
            log.error(
                "'\(key)' has value '\(text)', which is not \(kind.summary)\(unitHint(text, kind))\(units)", at: mark)
            return nil
        }
        return value
    }

    /// Whether the mapping being read accepts `key`, so that a hint names only a key that exists there.
    private func hasSibling(_ key: String) -> Bool {
        siblingSpecs.contains { $0.name == key }
    }

    /// A pointer to the likely mistake for common unit slips.
    private func unitHint(_ text: String, _ kind: ValueKind) -> String {
        switch kind {
        case .duration where text.hasSuffix("m") || text.hasSuffix("mins") || text.hasSuffix("sec"):
            return " (minutes are written `min`, seconds `s`)"
        case .recordRate where Units.byteRate(text) != nil:
            if hasSibling("volume") { return " (that is a volume: write it as `volume`)" }
            if hasSibling("record-size") {
                return " (that is a volume: give `rate` in records, e.g. 20K/s, and the size of one in `record-size`)"
            }
            return " (that is a volume, not a count of records)"
        case .byteRate where Units.recordRate(text) != nil:
            if hasSibling("rate") { return " (that is a record rate: write it as `rate`)" }
            return " (that is a count of records, not a volume: give bytes, e.g. 2GB/day)"
        case .count where Units.number(text) != nil:
            return " (a count is a whole number)"
        case .recordRate, .byteRate:
            return nearestRate(text, kind).map { " (did you mean '\($0)'?)" } ?? ""
        default:
            return ""
        }
    }
}

extension ValueReader {
    /// The rate with its time unit respelt as the nearest accepted one (`2M/hours` → `2M/hour`), if that reads.
    func nearestRate(_ text: String, _ kind: ValueKind) -> String? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2,
            let per = Suggestion.closest(to: parts[1].trimmingSpaces, among: Units.perUnits.map(\.suffix))
        else { return nil }
        let respelt = parts[0] + "/" + per
        return kind.parse(scalar: respelt, plain: true) != nil ? respelt : nil
    }
}

/// The spellings a design's own names must follow.
public enum DesignNames {
    /// Component names: `[a-z0-9][a-z0-9-]*`.
    /// Read from the name's contiguous bytes: iterating a `String.UTF8View` byte by byte costs
    /// tens of instructions a byte, and every component and flow end is checked.
    public static func isValid(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { bytes in
            guard let first = bytes.first, isLowerAlnum(first) else { return false }
            return bytes.allSatisfy { isLowerAlnum($0) || $0 == UInt8(ascii: "-") }
        }
    }

    static func isRuleID(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        return !parts[0].isEmpty && parts[0].allSatisfy { $0.isASCII && $0.isUppercase }
            && !parts[1].isEmpty && parts[1].allSatisfy { $0.isASCII && $0.isNumber }
    }

    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return false }
        return year >= 2000 && (1...12).contains(month) && (1...31).contains(day)
    }

    private static func isLowerAlnum(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}

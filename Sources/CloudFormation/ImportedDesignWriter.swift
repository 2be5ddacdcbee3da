import YAMLLoader

/// Writes an imported template as a design file, each component and flow under a comment naming the resource and
/// the template line it came from, and the resources left out listed at the end.
public enum ImportedDesignWriter {
    public static func yaml(_ imported: ImportedTemplate, template: String) -> String? {
        guard let design = imported.design, let pairs = design.mapping else { return nil }
        var out = "# Imported by `dataplan import` from \(template).\n"
        out += "# Each component and flow names the resource and template line it came from.\n"
        for pair in pairs {
            let key = pair.key.scalar?.value ?? ""
            switch key {
            case "components":
                out += "\ncomponents:\n"
                for component in pair.value.mapping ?? [] {
                    let name = component.key.scalar?.value ?? ""
                    if let origin = imported.origins[name] {
                        out += "  # \(origin.logicalID) (\(origin.type)), line \(component.key.mark.line)\n"
                    }
                    out += "  \(name):\n"
                    out += mapping(component.value, indent: 4)
                }
            case "flows":
                out += "\nflows:\n"
                for flow in pair.value.sequence ?? [] {
                    let entries = (flow.mapping ?? []).map { "\($0.key.scalar?.value ?? ""): \(scalar($0.value))" }
                    out += "  # line \(flow.mark.line)\n"
                    out += "  - {\(entries.joined(separator: ", "))}\n"
                }
            default:
                out += node(pair.value, key: key, indent: 0)
            }
        }
        let left = imported.outcomes.filter { [.skipped, .unsupported, .excluded].contains($0.status) }
        if !left.isEmpty {
            out += "\n# Left out of the design:\n"
            for outcome in left {
                let status = outcome.status == .unsupported ? "not supported" : outcome.status.rawValue
                out += "#   \(outcome.logicalID) (\(outcome.type)), line \(outcome.mark.line): \(status)"
                out += outcome.detail.isEmpty ? "\n" : ": \(outcome.detail)\n"
            }
        }
        return out
    }

    private static func mapping(_ node: YAMLNode, indent: Int) -> String {
        (node.mapping ?? []).map { self.node($0.value, key: $0.key.scalar?.value ?? "", indent: indent) }.joined()
    }

    /// `key: value` in block style, a mapping's entries indented under it, a list of scalars in flow style.
    private static func node(_ value: YAMLNode, key: String, indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        let key = scalarText(key)
        if value.mapping != nil {
            return "\(pad)\(key):\n" + mapping(value, indent: indent + 2)
        }
        if let items = value.sequence {
            if items.allSatisfy({ $0.scalar != nil }) {
                return "\(pad)\(key): [\(items.map(scalar).joined(separator: ", "))]\n"
            }
            return "\(pad)\(key):\n"
                + items.map { item in
                    let entries = (item.mapping ?? []).map {
                        "\(scalarText($0.key.scalar?.value ?? "")): \(scalar($0.value))"
                    }
                    return "\(pad)  - {\(entries.joined(separator: ", "))}\n"
                }.joined()
        }
        return "\(pad)\(key): \(scalar(value))\n"
    }

    private static func scalar(_ node: YAMLNode) -> String {
        guard let scalar = node.scalar else { return "~" }
        return scalar.style == .plain ? scalarText(scalar.value) : quoted(scalar.value)
    }

    /// Plain when YAML reads it back as the same text, double-quoted otherwise.
    static func scalarText(_ text: String) -> String {
        let plain =
            !text.isEmpty && text.allSatisfy { $0.isLetter || $0.isNumber || "._/-:@".contains($0) }
            && text.first.map { $0.isLetter || $0.isNumber } == true && !text.contains(": ") && !text.hasSuffix(":")
        return plain ? text : quoted(text)
    }

    private static func quoted(_ text: String) -> String {
        var out = "\""
        for character in text.unicodeScalars {
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if character.value < 0x20 {
                    out += "\\x" + (character.value < 0x10 ? "0" : "") + String(character.value, radix: 16)
                } else {
                    out.unicodeScalars.append(character)
                }
            }
        }
        return out + "\""
    }
}

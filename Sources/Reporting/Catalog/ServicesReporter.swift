import Model

/// The vocabulary of the design format, from the model itself: every type with its category and properties.
public enum ServicesReporter {
    public enum Format: String, CaseIterable, Sendable {
        case text, json, markdown
    }

    public static func report(_ format: Format, types: [ComponentType] = ComponentCatalog.all) -> String {
        switch format {
        case .text: text(types)
        case .json: json(types).serialized()
        case .markdown: markdown(types)
        }
    }

    static func text(_ types: [ComponentType]) -> String {
        var output = ""
        for category in Category.allCases {
            let members = types.filter { $0.category == category }
            guard !members.isEmpty else { continue }
            output += "\(category.title)\n"
            for type in members {
                output += "  \(type.name.padded(to: 26))\(type.title)\n"
                let rows =
                    type.properties.map { ($0.name, $0.kind) } + type.usageKeys.map { ("usage." + $0.name, $0.kind) }
                for (name, kind) in rows {
                    output += "      \(name.padded(to: max(22, name.count + 1)))\(kind.summary)\n"
                }
            }
            output += "\n"
        }
        output += "Every component also takes: " + CommonProperties.component.map(\.name).joined(separator: ", ") + "\n"
        return output
    }

    static func json(_ types: [ComponentType]) -> JSONValue {
        .object([
            ("version", .int(1)),
            (
                "categories",
                .array(
                    Category.allCases.map { .object([("name", .string($0.rawValue)), ("title", .string($0.title))]) })
            ),
            ("common", .array(CommonProperties.component.map(property))),
            ("flow", .array(CommonProperties.flow.map(property))),
            ("requirements", .array(CommonProperties.requirements.map(property))),
            (
                "types",
                .array(
                    types.map { type in
                        .object([
                            ("name", .string(type.name)),
                            ("title", .string(type.title)),
                            ("category", .string(type.category.rawValue)),
                            ("role", .string(type.role.rawValue)),
                            ("summary", .string(type.summary)),
                            ("properties", .array(type.properties.map(property))),
                            ("usage", .array(type.usageKeys.map(property))),
                        ])
                    })
            ),
        ])
    }

    static func property(_ spec: PropertySpec) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("name", .string(spec.name)),
            ("kind", kind(spec.kind)),
            ("summary", .string(spec.summary)),
        ]
        if case .object(let nested) = spec.kind {
            members.append(("properties", .array(nested.map(property))))
        }
        return .object(members)
    }

    static func kind(_ kind: ValueKind) -> JSONValue {
        switch kind {
        case .oneOf(let values): .object([("one-of", .array(values.map(JSONValue.string)))])
        case .list(let element): .object([("list", self.kind(element))])
        case .map(let element): .object([("map", self.kind(element))])
        case .anyOf(let kinds): .object([("any-of", .array(kinds.map(self.kind)))])
        case .object: .string("object")
        default: .string(kind.name)
        }
    }

    static func markdown(_ types: [ComponentType]) -> String {
        var output = "## Component types\n\n| category | types |\n|---|---|\n"
        for category in Category.allCases {
            let members = types.filter { $0.category == category }
            guard !members.isEmpty else { continue }
            output += "| \(category.rawValue) | " + members.map { "`\($0.name)`" }.joined(separator: ", ") + " |\n"
        }
        output += "\n## Keys every component takes\n\n" + propertyTable(CommonProperties.component)
        output += "\n## Flow keys\n\n" + propertyTable(CommonProperties.flow)
        output += "\n## Requirements\n\n" + propertyTable(CommonProperties.requirements)
        output += "\n## Properties by type\n"
        for category in Category.allCases {
            let members = types.filter { $0.category == category }
            guard !members.isEmpty else { continue }
            output += "\n### \(category.title)\n"
            for type in members {
                output +=
                    "\n#### `\(type.name)`: "
                    + "\(type.title)\n\n\(type.summary.prefix(1).uppercased() + type.summary.dropFirst()).\n"
                output +=
                    type.properties.isEmpty ? "\nNo properties of its own.\n" : "\n" + propertyTable(type.properties)
                if !type.usageKeys.isEmpty {
                    output +=
                        "\n`usage` keys: "
                        + type.usageKeys.map { "`\($0.name)` (\(escape($0.kind.summary)))" }.joined(separator: ", ")
                        + "\n"
                }
            }
        }
        return output
    }

    /// Each type's `usage:` keys, for docs/pricing.md.
    public static func usageMarkdown(_ types: [ComponentType] = ComponentCatalog.all) -> String {
        var output = "| type | `usage` keys |\n|---|---|\n"
        for type in types where !type.usageKeys.isEmpty {
            output +=
                "| `\(type.name)` | "
                + type.usageKeys.map { "`\($0.name)`: \(escape($0.summary))" }.joined(separator: "; ") + " |\n"
        }
        return output
    }

    private static func propertyTable(_ specs: [PropertySpec]) -> String {
        var output = "| key | value | meaning |\n|---|---|---|\n"
        for spec in specs {
            output += "| `\(spec.name)` | \(escape(spec.kind.summary)) | \(escape(spec.summary)) |\n"
            if case .object(let nested) = spec.kind {
                for inner in nested {
                    output +=
                        "| `\(spec.name).\(inner.name)` | \(escape(inner.kind.summary)) | \(escape(inner.summary)) |\n"
                }
            }
        }
        return output
    }

    private static func escape(_ text: String) -> String {
        text.replacing(every: "|", with: "\\|")
    }
}

extension ValueKind {
    /// The kind's short name in machine-readable output.
    var name: String {
        switch self {
        case .string: "string"
        case .bool: "bool"
        case .count: "count"
        case .number: "number"
        case .duration: "duration"
        case .size: "size"
        case .recordRate: "rate"
        case .byteRate: "volume"
        case .bandwidth: "bandwidth"
        case .money: "money"
        case .region: "region"
        case .schedule: "schedule"
        case .componentName: "component"
        case .ruleID: "rule-id"
        case .date: "date"
        case .oneOf: "one-of"
        case .list: "list"
        case .map: "map"
        case .object: "object"
        case .anyOf: "any-of"
        }
    }
}

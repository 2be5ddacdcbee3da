import Model

/// A JSON Schema (draft 2020-12) of the design format, generated from the model, so that editors
/// (yaml-language-server) complete and check designs as `dataplan check` reads them.
///
/// Unit-bearing values are strings checked by patterns built from the same unit tables the reader
/// uses; each component type's properties apply when its `type` matches (`if`/`then`).
public enum DesignSchema {
    public static let id = "https://dataplan.dev/schemas/design-1.json"

    public static func render() -> String {
        document().serialized()
    }

    static func document() -> JSONValue {
        var properties: [(String, JSONValue)] = []
        for spec in CommonProperties.topLevel {
            switch spec.name {
            case "dataplan":
                properties.append((spec.name, .object([("description", .string(spec.summary)), ("const", .int(1))])))
            case "components":
                properties.append(
                    (
                        spec.name,
                        .object([
                            ("description", .string(spec.summary)),
                            ("type", .string("object")),
                            ("minProperties", .int(1)),
                            ("propertyNames", .object([("pattern", .string(namePattern))])),
                            ("additionalProperties", .object([("$ref", .string("#/$defs/component"))])),
                        ])
                    ))
            case "flows":
                properties.append(
                    (
                        spec.name,
                        .object([
                            ("description", .string(spec.summary)),
                            ("type", .string("array")),
                            ("items", .object([("$ref", .string("#/$defs/flow"))])),
                        ])
                    ))
            case "alternatives":
                properties.append(
                    (
                        spec.name,
                        .object([
                            ("description", .string(spec.summary)),
                            ("type", .string("object")),
                            (
                                "propertyNames",
                                .object([
                                    ("pattern", .string(namePattern)), ("not", .object([("const", .string("base"))])),
                                ])
                            ),
                            (
                                "additionalProperties",
                                .object([
                                    ("type", .string("object")),
                                    ("required", .array([.string("components")])),
                                    ("additionalProperties", .bool(false)),
                                    (
                                        "properties",
                                        .object([
                                            ("description", .object([("type", .string("string"))])),
                                            (
                                                "components",
                                                .object([
                                                    ("type", .string("object")),
                                                    ("propertyNames", .object([("pattern", .string(namePattern))])),
                                                    ("additionalProperties", .object([("type", .string("object"))])),
                                                ])
                                            ),
                                        ])
                                    ),
                                ])
                            ),
                        ])
                    ))
            default:
                properties.append((spec.name, schema(spec)))
            }
        }
        return .object([
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            ("$id", .string(id)),
            ("title", .string("Dataplan design, format 1")),
            ("description", .string("A data pipeline on AWS, as `dataplan check` and `dataplan cost` read it.")),
            ("type", .string("object")),
            ("required", .array(["dataplan", "name", "components"].map(JSONValue.string))),
            ("additionalProperties", .bool(false)),
            ("properties", .object(properties)),
            ("$defs", .object([("component", component()), ("flow", flow())])),
        ])
    }

    static let namePattern = "^[a-z0-9][a-z0-9-]*$"

    static func component() -> JSONValue {
        let types = ComponentCatalog.all
        let conditional = types.map { type -> JSONValue in
            .object([
                ("if", .object([("properties", .object([("type", .object([("const", .string(type.name))]))]))])),
                (
                    "then",
                    .object([
                        (
                            "properties",
                            .object(
                                type.allProperties.filter { $0.name != "type" }.map { ($0.name, schema($0)) }
                                    + [("type", .object([("const", .string(type.name))]))])
                        ),
                        ("additionalProperties", .bool(false)),
                    ])
                ),
            ])
        }
        return .object([
            ("type", .string("object")),
            ("required", .array([.string("type")])),
            (
                "properties",
                .object([
                    (
                        "type",
                        .object([
                            ("description", .string("the component's type, from the services map")),
                            ("enum", .array(types.map { .string($0.name) })),
                        ])
                    )
                ])
            ),
            ("allOf", .array(conditional)),
        ])
    }

    static func flow() -> JSONValue {
        let chain = "^\\s*[a-z0-9][a-z0-9-]*(\\s*->\\s*[a-z0-9][a-z0-9-]*)+\\s*$"
        return .object([
            (
                "anyOf",
                .array([
                    .object([
                        ("type", .string("string")), ("description", .string("a chain, e.g. `a -> b -> c`")),
                        ("pattern", .string(chain)),
                    ]),
                    .object([
                        ("type", .string("object")),
                        ("required", .array([.string("from"), .string("to")])),
                        ("additionalProperties", .bool(false)),
                        ("properties", .object(CommonProperties.flow.map { ($0.name, schema($0)) })),
                    ]),
                ])
            )
        ])
    }

    static func schema(_ spec: PropertySpec) -> JSONValue {
        guard case .object(var fields) = schema(spec.kind) else { return schema(spec.kind) }
        fields.insert(("description", .string(spec.summary)), at: 0)
        return .object(fields)
    }

    static func schema(_ kind: ValueKind) -> JSONValue {
        switch kind {
        case .string: return .object([("type", .string("string"))])
        case .bool: return .object([("type", .string("boolean"))])
        case .count:
            return .object([
                (
                    "anyOf",
                    .array([
                        .object([("type", .string("integer")), ("minimum", .int(0))]),
                        pattern("^\\s*" + numberPattern + "\\s*" + countSuffix + "\\s*$"),
                    ])
                )
            ])
        case .number:
            return .object([
                (
                    "anyOf",
                    .array([
                        .object([("type", .string("number")), ("minimum", .int(0))]),
                        pattern("^\\s*" + numberPattern + "\\s*$"),
                    ])
                )
            ])
        case .duration: return unit(Units.durationUnits.map(\.suffix))
        case .size: return unit(Units.sizeUnits.map(\.suffix))
        case .bandwidth: return unit(Units.bandwidthUnits.map(\.suffix))
        case .recordRate:
            return per(numberPattern + "\\s*" + countSuffix)
        case .byteRate:
            return per(numberPattern + "\\s*(" + alternatives(Units.sizeUnits.map(\.suffix)) + ")")
        case .money: return pattern("^\\s*" + numberPattern + "\\s*(K|M|B)?\\s*USD(\\s*/month)?\\s*$")
        case .region: return .object([("enum", .array(Regions.all.map(JSONValue.string)))])
        case .schedule:
            return .object([
                ("type", .string("string")),
                ("examples", .array(["hourly", "daily", "rate(15 minutes)", "0 2 * * *"].map(JSONValue.string))),
            ])
        case .componentName: return pattern(namePattern)
        case .ruleID: return pattern("^[A-Z]+-[0-9]+$")
        case .date: return pattern("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
        case .oneOf(let values):
            return .object([
                (
                    "enum",
                    .array(
                        values.map { value in
                            value == "true" || value == "false" ? .bool(value == "true") : .string(value)
                        })
                )
            ])
        case .list(let element): return .object([("type", .string("array")), ("items", schema(element))])
        case .map(let element):
            return .object([("type", .string("object")), ("additionalProperties", schema(element))])
        case .object(let specs):
            return .object([
                ("type", .string("object")),
                ("additionalProperties", .bool(false)),
                ("properties", .object(specs.map { ($0.name, schema($0)) })),
            ])
        case .anyOf(let kinds): return .object([("anyOf", .array(kinds.map(schema)))])
        }
    }

    static let numberPattern = "[0-9]+(\\.[0-9]+)?"
    /// The optional `K`, `M` or `B` of a count, from the table the reader uses.
    static let countSuffix = "(" + alternatives(Units.countSuffixes.map(\.suffix).filter { !$0.isEmpty }) + ")?"

    static func pattern(_ regex: String) -> JSONValue {
        .object([("type", .string("string")), ("pattern", .string(regex))])
    }

    static func unit(_ suffixes: [String]) -> JSONValue {
        pattern("^\\s*" + numberPattern + "\\s*(" + alternatives(suffixes) + ")\\s*$")
    }

    static func per(_ amount: String) -> JSONValue {
        pattern("^\\s*" + amount + "\\s*/\\s*(" + alternatives(Units.perUnits.map(\.suffix)) + ")\\s*$")
    }

    /// Alternatives longest first, so that `min` is tried before `m`-prefixed shorter ones.
    static func alternatives(_ words: [String]) -> String {
        words.sorted { ($0.count, $0) > ($1.count, $1) }.joined(separator: "|")
    }
}

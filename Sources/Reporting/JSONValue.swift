#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A JSON value whose objects keep their keys in the order given, so output is stable and readable.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// A number written exactly as given (decimals are never passed through binary floating point).
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized() == rhs.serialized()
    }

    public static func int(_ value: Int) -> JSONValue { .number(String(value)) }

    public static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    /// Pretty-printed with two-space indentation and a final newline.
    public func serialized() -> String {
        var writer = JSONWriter()
        write(to: &writer)
        return writer.finish()
    }

    /// Writes the value where the writer stands: at the top, after a key, or as an array element.
    public func write(to writer: inout JSONWriter) {
        switch self {
        case .null: writer.null()
        case .bool(let value): writer.bool(value)
        case .number(let text): writer.number(text)
        case .string(let text): writer.string(text)
        case .array(let items):
            writer.array { writer in
                for item in items { item.write(to: &writer) }
            }
        case .object(let members):
            writer.object { writer in
                for (key, value) in members {
                    writer.key(key)
                    value.write(to: &writer)
                }
            }
        }
    }
}

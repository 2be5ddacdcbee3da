#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Writes pretty-printed JSON (two-space indentation, keys in the order written) straight to
/// bytes, for reports too large to build as a `JSONValue` tree first; `JSONValue` writes itself
/// through it, so both give the same bytes.
public struct JSONWriter {
    private var bytes: [UInt8] = []
    /// How many members or elements each open object or array has so far, innermost last.
    private var counts: [Int] = []
    /// True between a key and its value, which then needs no separator of its own.
    private var afterKey = false

    public init() {
        bytes.reserveCapacity(1 << 16)
    }

    /// The document, with its final newline.
    public mutating func finish() -> String {
        append(UInt8(ascii: "\n"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes `items` as the elements of the open array, in order.
    public mutating func elements<Item>(_ items: [Item], _ write: (Item, inout JSONWriter) -> Void) {
        for item in items { write(item, &self) }
    }

    public mutating func object(_ body: (inout JSONWriter) -> Void) {
        container(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), body)
    }

    public mutating func array(_ body: (inout JSONWriter) -> Void) {
        container(open: UInt8(ascii: "["), close: UInt8(ascii: "]"), body)
    }

    /// The key of the next member of the open object; the value follows with any writer method.
    public mutating func key(_ name: String) {
        separate()
        writeString(name)
        endKey()
    }

    /// The colon and space after a key's closing quote.
    private mutating func endKey() {
        append(UInt8(ascii: ":"))
        append(UInt8(ascii: " "))
        afterKey = true
    }

    public mutating func string(_ text: String) {
        beginValue()
        writeString(text)
    }

    public mutating func optional(_ text: String?) {
        guard let text else { return null() }
        string(text)
    }

    public mutating func int(_ value: Int) {
        number(String(value))
    }

    /// A number written exactly as given.
    public mutating func number(_ text: String) {
        beginValue()
        append(text)
    }

    public mutating func bool(_ value: Bool) {
        beginValue()
        append(value ? "true" : "false")
    }

    public mutating func null() {
        beginValue()
        append("null")
    }

    /// `key` then a string value: the most common member.
    public mutating func field(_ name: String, _ text: String) {
        key(name)
        string(text)
    }

    public mutating func field(_ name: String, _ text: String?) {
        key(name)
        optional(text)
    }

    public mutating func field(_ name: String, _ value: Int) {
        key(name)
        int(value)
    }

    private mutating func container(open: UInt8, close: UInt8, _ body: (inout JSONWriter) -> Void) {
        beginValue()
        append(open)
        counts.append(0)
        body(&self)
        let members = counts.removeLast()
        if members > 0 {
            append(UInt8(ascii: "\n"))
            indent(counts.count)
        }
        append(close)
    }

    /// Before a value: nothing after a key or at the top; else the separator of an array element.
    private mutating func beginValue() {
        if afterKey {
            afterKey = false
        } else if !counts.isEmpty {
            separate()
        }
    }

    /// The newline (and comma after the first) and indentation before a member or element.
    private mutating func separate() {
        if counts[counts.count - 1] > 0 { append(UInt8(ascii: ",")) }
        counts[counts.count - 1] += 1
        append(UInt8(ascii: "\n"))
        indent(counts.count)
    }

    /// Two spaces a level.
    private mutating func indent(_ level: Int) {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: level * 2))
    }

    private mutating func append(_ byte: UInt8) {
        bytes.append(byte)
    }

    private mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// A JSON string: UTF-8 bytes as they are, but quotes, backslashes and control characters escaped.
    private mutating func writeString(_ text: String) {
        append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): append("\\\"")
            case UInt8(ascii: "\\"): append("\\\\")
            case UInt8(ascii: "\n"): append("\\n")
            case UInt8(ascii: "\r"): append("\\r")
            case UInt8(ascii: "\t"): append("\\t")
            case ..<0x20: append(Self.unicodeEscape(byte))
            default: bytes.append(byte)
            }
        }
        append(UInt8(ascii: "\""))
    }

    /// A control character as JSON writes it: "\u001f", in lowercase hex.
    static func unicodeEscape(_ byte: UInt8) -> String {
        let digits = Array("0123456789abcdef".utf8)
        return String(decoding: Array("\\u00".utf8) + [digits[Int(byte >> 4)], digits[Int(byte & 0xF)]], as: UTF8.self)
    }
}

import Testing
@testable import Reporting

/// JSON written straight to bytes: indentation, separators, escaping and the UTF-8 written out.
@Suite struct JSONWriterTests {
    private static func document(items: Int) -> String {
        var json = writer(items: items)
        return json.finish()
    }

    private static func writer(items: Int) -> JSONWriter {
        var json = JSONWriter()
        json.object { json in
            json.field("before", 1)
            json.key("nested")
            json.object { json in
                json.key("items")
                json.array { json in
                    json.string("written before the elements")
                    json.elements(Array(0..<items)) { index, json in
                        json.object { json in
                            json.field("index", index)
                            json.field("text", "quote \" and\ttab \(index), café, 東京, 🚀")
                            json.key("list")
                            json.array { json in for value in 0..<(index % 3) { json.int(value) } }
                        }
                    }
                    json.bool(true)
                }
            }
            json.field("after", "end")
        }
        return json
    }

    /// The bytes written out are the text's, shared runs and letters beyond ASCII included.
    @Test func aCopiedWriterWritesBytesOfItsOwn() {
        var original = JSONWriter()
        var copied = ""
        original.array { json in
            json.int(1)
            var copy = json
            copy.int(2)
            json.int(3)
            copied = String(decoding: copy.finishUTF8(), as: UTF8.self)
        }
        #expect(String(decoding: original.finishUTF8(), as: UTF8.self) == "[\n  1,\n  3\n]\n")
        #expect(
            copied == "[\n  1,\n  2\n", "the copy went on from where the original was, and the original never saw it")
    }

    @Test(arguments: [3, 2_345])
    func theUTF8WrittenOutIsTheText(items: Int) {
        var json = Self.writer(items: items)
        let utf8 = json.finishUTF8()
        #expect(utf8 == Array(Self.document(items: items).utf8))
        #expect(String(validating: utf8, as: UTF8.self) != nil)
        #expect(utf8.count > 100 * items)
    }

    @Test func elementsAreSeparatedAndIndentedAsTheRest() {
        let text = Self.document(items: 2)
        #expect(text.contains("\"written before the elements\",\n      {\n        \"index\": 0,"))
        #expect(text.contains("\"list\": []\n      },\n      {\n        \"index\": 1,"))
        #expect(text.contains("      },\n      true\n    ]"))
    }

    /// Keys written in the source are copied as they are; keys made at run time are escaped.
    @Test func keysMadeAtRunTimeAreEscapedAndSourceKeysCopied() {
        var json = JSONWriter()
        json.object { json in
            json.field("plain", 1)
            json.key(named: "a \"quoted\"\tkey")
            json.int(2)
            json.key("last")
            json.null()
        }
        #expect(json.finish() == "{\n  \"plain\": 1,\n  \"a \\\"quoted\\\"\\tkey\": 2,\n  \"last\": null\n}\n")
    }

    /// The word-at-a-time search finds the byte a byte-by-byte one does, wherever it stands.
    @Test func theEscapedByteIsFoundEightAtATimeAsOneByOne() {
        let alphabet: [UInt8] =
            [0x00, 0x09, 0x0A, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7F, 0x80, 0xA2, 0xDC, 0xFF]
            + Array("plain text".utf8)
        var state: UInt64 = 2026
        for length in 0..<70 {
            for _ in 0..<40 {
                let bytes = (0..<length).map { _ -> UInt8 in
                    state = state &* 6364136223846793005 &+ 1442695040888963407
                    let pick = Int(state >> 33) % (alphabet.count * 4)
                    return pick < alphabet.count ? alphabet[pick] : UInt8(ascii: "a")
                }
                for start in [0, min(3, length)] {
                    let expected = bytes[start...].firstIndex { $0 == 0x22 || $0 == 0x5C || $0 < 0x20 } ?? length
                    #expect(
                        bytes.withUnsafeBufferPointer { JSONWriter.nextEscaped(in: $0, from: start) } == expected,
                        "\(bytes)")
                }
            }
        }
    }
}

import Testing
@testable import Reporting

/// JSON written straight to bytes: indentation, separators and escaping.
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

    /// A copied writer goes on by itself: the original never sees what the copy writes.
    @Test func aCopiedWriterWritesBytesOfItsOwn() {
        var original = JSONWriter()
        var copied = ""
        original.array { json in
            json.int(1)
            var copy = json
            copy.int(2)
            json.int(3)
            copied = copy.finish()
        }
        #expect(original.finish() == "[\n  1,\n  3\n]\n")
        #expect(
            copied == "[\n  1,\n  2\n", "the copy went on from where the original was, and the original never saw it")
    }

    @Test(arguments: [3, 2_345])
    func textBeyondASCIIComesOutWhole(items: Int) {
        let text = Self.document(items: items)
        #expect(text.contains("café, 東京, 🚀"))
        #expect(text.utf8.count > 100 * items)
    }

    @Test func elementsAreSeparatedAndIndentedAsTheRest() {
        let text = Self.document(items: 2)
        #expect(text.contains("\"written before the elements\",\n      {\n        \"index\": 0,"))
        #expect(text.contains("\"list\": []\n      },\n      {\n        \"index\": 1,"))
        #expect(text.contains("      },\n      true\n    ]"))
    }

    /// Keys are escaped as any string.
    @Test func keysAreEscaped() {
        var json = JSONWriter()
        json.object { json in
            json.field("plain", 1)
            json.key("a \"quoted\"\tkey")
            json.int(2)
            json.key("last")
            json.null()
        }
        #expect(json.finish() == "{\n  \"plain\": 1,\n  \"a \\\"quoted\\\"\\tkey\": 2,\n  \"last\": null\n}\n")
    }

    /// Every control character is escaped, the common ones by name; bytes beyond ASCII are written as they are.
    @Test func controlCharactersAreEscapedAndTextBeyondASCIIKept() {
        var json = JSONWriter()
        json.string("\u{0}\u{1F}\r\n\t\\\"é東🚀")
        #expect(json.finish() == "\"\\u0000\\u001f\\r\\n\\t\\\\\\\"é東🚀\"\n")
    }
}

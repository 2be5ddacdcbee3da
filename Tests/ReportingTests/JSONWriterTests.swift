import Testing
@testable import Reporting

/// Elements written on every core join into the bytes of writing them one by one.
@Suite struct JSONWriterTests {
    private static func document(items: Int, sharing: Bool) -> String {
        var json = JSONWriter()
        json.object { json in
            json.field("before", 1)
            json.key("nested")
            json.object { json in
                json.key("items")
                json.array { json in
                    json.string("written before the shared run")
                    json.elements(Array(0..<items), sharing: sharing) { index, json in
                        json.object { json in
                            json.field("index", index)
                            json.field("text", "quote \" and\ttab \(index)")
                            json.key("list")
                            json.array { json in for value in 0..<(index % 3) { json.int(value) } }
                        }
                    }
                    json.bool(true)
                }
            }
            json.field("after", "end")
        }
        return json.finish()
    }

    @Test(arguments: [0, 1, 999, 1_000, 4_321])
    func elementsOnEveryCoreAreTheBytesOfOne(items: Int) {
        let shared = Self.document(items: items, sharing: true)
        #expect(shared == Self.document(items: items, sharing: false))
        #expect(shared.contains("\"after\": \"end\"\n}\n"))
    }

    @Test func sharedElementsAreSeparatedAndIndentedAsTheRest() {
        let text = Self.document(items: 2, sharing: true)
        #expect(text.contains("\"written before the shared run\",\n      {\n        \"index\": 0,"))
        #expect(text.contains("\"list\": []\n      },\n      {\n        \"index\": 1,"))
        #expect(text.contains("      },\n      true\n    ]"))
    }
}

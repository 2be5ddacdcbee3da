import Testing
@testable import Model

/// A name table finds what a dictionary of its first entries would, keeps the order names came in,
/// and treats canonically equivalent names as one name, as `String`'s `==` does.
@Suite struct NameTableTests {
    @Test(arguments: [0, 1, 4, 5, 1_000])
    func findsWhatADictionaryOfTheFirstEntriesFinds(count: Int) {
        let names = (0..<count).map { "component-\($0 * 7919 % max(count, 1))" } + ["a", "ab", "ba", "", "a"]
        let table = NameTable(firstOf: names.enumerated().map { ($1, $0) })
        let dictionary = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(table.count == dictionary.count)
        for name in names + ["missing", "b", "component-", "component-1000", "A"] {
            #expect(table[name] == dictionary[name], "\(name)")
        }
        #expect(table.keys == names.reduce(into: [String]()) { kept, name in if !kept.contains(name) { kept.append(name) } })
        #expect(table.values == table.keys.map { dictionary[$0]! })
    }

    @Test func addsOnlyAbsentNames() {
        var table = NameTable<Int>()
        #expect(table.isEmpty)
        let added = [table.add("lake", 1), table.add("lake", 2), table.add("warehouse", 3)]
        #expect(added == [true, false, true])
        #expect(table["lake"] == 1)
        #expect(table.position(of: "warehouse") == 1)
        #expect(table.position(of: "stream") == nil)
    }

    @Test func findsCanonicallyEquivalentNames() {
        let composed = "caf\u{E9}", decomposed = "cafe\u{301}"
        #expect(composed == decomposed)
        let table = NameTable(firstOf: [(composed, 1), ("na\u{EF}ve", 2), ("plain", 3)])
        #expect(table[decomposed] == 1)
        #expect(table["nai\u{308}ve"] == 2)
        #expect(table["plain"] == 3)
        #expect(table["cafe"] == nil)
        #expect(table.count == 3)
    }

    @Test func hashesTheBytesOfNativeAndBridgedText() {
        let native = "s3/storage-gb-month/standard"
        let sliced = String(("x" + native).dropFirst())
        #expect(NameTable<Int>.hash(native) == NameTable<Int>.hash(sliced))
        #expect(NameTable<Int>.hash("ab") != NameTable<Int>.hash("ba"))
    }
}

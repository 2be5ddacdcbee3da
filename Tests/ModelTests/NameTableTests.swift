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

    @Test func hashesTheBytesInOrder() {
        let literal = "s3/storage-gb-month/standard"
        let built = String(("x" + literal).dropFirst())
        #expect(NameTable<Int>.hash(literal) == NameTable<Int>.hash(built))
        #expect(NameTable<Int>.hash("ab") != NameTable<Int>.hash("ba"))
        #expect(NameTable<Int>.hash("caf\u{E9}") == NameTable<Int>.hash("na\u{EF}ve"), "every name beyond ASCII shares one hash")
    }

    @Test func namesThatShareAHashMoveTheTableToASeededDictionary() {
        // Every name beyond ASCII has the same hash: without the move, each look-up would search
        // all the names added before it.
        let names = (0..<2_000).map { "caf\u{E9}-\($0)" }
        var table = NameTable(firstOf: names.enumerated().map { ($1, $0) })
        #expect(table.searchesByDictionary)
        #expect(table.count == names.count)
        #expect(table["cafe\u{301}-1999"] == 1_999)
        #expect(table["caf\u{E9}-2000"] == nil)
        let added = [table.add("caf\u{E9}-7", -1), table.add("plain", 2_000)]
        #expect(added == [false, true])
        #expect(table["plain"] == 2_000)
        #expect(table.keys.last == "plain")
        #expect(table.values.prefix(3) == [0, 1, 2])
    }

    @Test func aDesignsNamesKeepTheByteHash() {
        let names = (0..<20_000).map { "p\($0 / 4)-\(["web", "events", "lake", "warehouse"][$0 % 4])" }
        let table = NameTable(firstOf: names.map { ($0, 0) })
        #expect(!table.searchesByDictionary)
        #expect(table.position(of: names[12_345]) == 12_345)
        #expect(table.position(of: "p5000-web") == nil)
    }
}

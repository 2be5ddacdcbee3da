import Foundation
import Testing
import Diagnostics
@testable import Model

/// A property table reads, writes and compares as the dictionary it replaced, small or indexed.
@Suite struct PropertyTableTests {
    private static func value(_ text: String) -> PropertyValue {
        PropertyValue(.string(text), text: text, keyMark: Mark(line: 1, column: 1), mark: Mark(line: 1, column: 3))
    }

    @Test(arguments: [3, PropertyTable.indexedFrom - 1, PropertyTable.indexedFrom, 1_000])
    func readsWritesAndRemovesAsADictionary(count: Int) {
        var table = PropertyTable()
        var dictionary: [String: PropertyValue] = [:]
        let names = (0..<count).map { "key-\($0 * 7919 % count)" } + ["a", "ab", "ba", "encryption", "encryptiom"]
        for (index, name) in names.enumerated() {
            table[name] = Self.value("\(index)")
            dictionary[name] = Self.value("\(index)")
        }
        table["a"] = Self.value("again")
        dictionary["a"] = Self.value("again")
        #expect(table.removeValue(forKey: "key-0") == dictionary.removeValue(forKey: "key-0"))
        #expect(table.removeValue(forKey: "key-0") == nil)
        #expect(table.removeValue(forKey: "missing") == nil)
        table["ab"] = nil
        dictionary["ab"] = nil
        #expect(table.count == dictionary.count)
        for name in names + ["missing", "", "b", "encryptio"] {
            #expect(table[name] == dictionary[name], "\(name)")
        }
        #expect(table.keys == names.filter { dictionary[$0] != nil }, "entries stay in the order they were added")
    }

    @Test func tablesOfTheSameEntriesInAnotherOrderAreEqualAndHashAlike() {
        let forward: PropertyTable = ["x": Self.value("1"), "y": Self.value("2"), "zz": Self.value("3")]
        let backward: PropertyTable = ["zz": Self.value("3"), "y": Self.value("2"), "x": Self.value("1")]
        let other: PropertyTable = ["x": Self.value("1"), "y": Self.value("2"), "zz": Self.value("4")]
        #expect(forward == backward)
        #expect(forward.hashValue == backward.hashValue)
        #expect(forward != other)
        #expect(forward != ["x": Self.value("1"), "y": Self.value("2")])
        #expect(Value.object(forward) == Value.object(backward))
    }

    /// A new key is added at the end, below and past the index, and read back as a subscript adds it.
    @Test func newKeysAppendAsTheSubscriptAddsThem() {
        var appended = PropertyTable(), assigned = PropertyTable()
        for index in 0..<30 {
            let value = PropertyValue(.number(Decimal(index)), text: "\(index)", keyMark: .start, mark: .start)
            appended.append(new: "k\(index)", value)
            assigned["k\(index)"] = value
            #expect(appended["k\(index)"]?.value == .number(Decimal(index)))
        }
        #expect(appended.keys == assigned.keys)
        #expect(appended == assigned)
        #expect(appended["k29"]?.text == "29" && appended["k30"] == nil)
    }
}

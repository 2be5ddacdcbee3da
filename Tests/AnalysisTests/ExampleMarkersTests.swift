import Testing
import Diagnostics
@testable import Analysis

/// `↓` markers are taken out of an example and remembered at their line and column in scalars.
struct ExampleMarkersTests {
    @Test func markersAreRemovedAndPlaced() {
        let example = ExampleMarkers.extract("a é↓b\n↓c: ↓\"↓\"\n", at: Mark(line: 9, column: 3))
        #expect(example.design == "a éb\nc: \"\"\n")
        #expect(
            example.expected == [
                Mark(line: 1, column: 4), Mark(line: 2, column: 1), Mark(line: 2, column: 4), Mark(line: 2, column: 5),
            ])
        #expect(example.mark == Mark(line: 9, column: 3))
    }

    @Test func textWithoutMarkersIsKept() {
        let example = ExampleMarkers.extract("name: 🚀 x\n", at: Mark(line: 1, column: 1))
        #expect(example.design == "name: 🚀 x\n")
        #expect(example.expected.isEmpty)
    }
}

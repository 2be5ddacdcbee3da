import Foundation
import Testing
import Diagnostics
import YAMLLoader
@testable import Model

/// A chain is cut at its arrows as Foundation's `components(separatedBy:)` cuts it, with each
/// name's column.
struct FlowChainTests {
    @Test(arguments: ["web -> clicks -> enrich", "a->b", "a -> -> b", "a ->", "-> a", "a - > b", "é -> ü->x", "single"])
    func piecesMatchFoundation(text: String) {
        let parts = FlowChain.split(YAMLScalar(text), at: Mark(line: 4, column: 5))
        #expect(
            parts.map { $0.name } == text.components(separatedBy: "->").map { $0.trimmingCharacters(in: .whitespaces) })
    }

    @Test func namesCarryTheirColumns() {
        let parts = FlowChain.split(YAMLScalar("web -> clicks ->enrich"), at: Mark(line: 4, column: 5))
        #expect(parts.map { $0.mark.column } == [5, 12, 21])
    }
}

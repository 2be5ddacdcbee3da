#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Dispatch

/// Maps a list on every core, keeping the input's order in the result: a run over many files
/// reports exactly as a sequential run would.
public enum Concurrently {
    public static func map<Input: Sendable, Output: Sendable>(_ inputs: [Input], _ transform: @Sendable (Input) -> Output) -> [Output] {
        guard inputs.count > 1 else { return inputs.map(transform) }
        let results = ResultSlots<Output>(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
            results.store(transform(inputs[index]), at: index)
        }
        return results.values()
    }

    /// Maps `0..<count` in contiguous ranges on every core and joins the results in order, so the
    /// outcome is the sequential one; a single range on the calling thread when there are fewer
    /// than `minimumPerRange` items for a second. Ranges are several per core, as items differ in
    /// cost, and none is shorter than `minimumPerRange`.
    public static func mapRanges<Output: Sendable>(count: Int, minimumPerRange: Int,
                                                   _ transform: @Sendable (Range<Int>) -> [Output]) -> [Output] {
        let mostRanges = count / Swift.max(minimumPerRange, 1)
        guard mostRanges > 1 else { return transform(0..<count) }
        let ranges = Swift.min(4 * ProcessInfo.processInfo.activeProcessorCount, mostRanges)
        let bounds = (0...ranges).map { $0 * count / ranges }
        return map(Array(zip(bounds, bounds.dropFirst())).map { $0..<$1 }, transform).flatMap { $0 }
    }

    /// Runs two independent pieces of work at once, on two cores when `sharing` and there are two;
    /// one after the other on the calling thread otherwise.
    public static func both<First: Sendable, Second: Sendable>(sharing: Bool, _ first: @Sendable () -> First,
                                                             _ second: @Sendable () -> Second) -> (First, Second) {
        guard sharing, ProcessInfo.processInfo.activeProcessorCount > 1 else { return (first(), second()) }
        let firstResult = ResultSlots<First>(count: 1), secondResult = ResultSlots<Second>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 { firstResult.store(first(), at: 0) } else { secondResult.store(second(), at: 0) }
        }
        return (firstResult.values()[0], secondResult.values()[0])
    }
}

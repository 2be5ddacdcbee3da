import Foundation
import Dispatch

/// Pieces of work started on other cores as they arrive, their results collected in the order
/// they were given.
///
/// `results()` runs on the calling thread every piece no other thread has begun, then waits only
/// for those under way: it never waits on a thread that has yet to start, so it cannot deadlock
/// when every worker thread is itself waiting (a run over many files).
public final class WorkAhead<Output: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var jobs: [(@Sendable () -> Output)?] = []
    private var outputs: [Output?] = []
    private var started: [Bool] = []

    public init() {}

    /// Starts `job` on another core when one is free.
    public func start(_ job: @escaping @Sendable () -> Output) {
        condition.lock()
        let index = jobs.count
        jobs.append(job)
        outputs.append(nil)
        started.append(false)
        condition.unlock()
        DispatchQueue.global().async { self.run(index) }
    }

    /// Every job's result, in the order they were started.
    public func results() -> [Output] {
        condition.lock()
        let count = jobs.count
        condition.unlock()
        for index in 0..<count { run(index) }
        condition.lock()
        defer { condition.unlock() }
        while outputs.contains(where: { $0 == nil }) { condition.wait() }
        return outputs.map { $0! }
    }

    /// Runs job `index` unless a thread has already begun it.
    private func run(_ index: Int) {
        condition.lock()
        guard !started[index], let job = jobs[index] else {
            condition.unlock()
            return
        }
        started[index] = true
        jobs[index] = nil
        condition.unlock()
        let output = job()
        condition.lock()
        outputs[index] = output
        condition.broadcast()
        condition.unlock()
    }
}

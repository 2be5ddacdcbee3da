import Foundation
import Testing
import Diagnostics
import Model
import Parallel
import Reporting
@testable import DataplanKit

/// A pipeline that does not keep the YAML frees a large design's tree, then its model and graph,
/// on another thread, and reports exactly as one that keeps it.
@Suite struct TreeReleaseTests {
    /// A valid design of `count` S3 buckets fed by one stream, larger than `backgroundReleaseBytes` from 2,000 on.
    private func design(buckets count: Int) -> [UInt8] {
        var text = "dataplan: 1\nname: many\nregion: eu-west-1\ncomponents:\n  events: {type: kinesis-data-streams, shards: 2}\n"
        for index in 0..<count {
            text += "  bucket-\(index):\n    type: s3\n    encryption: {at-rest: kms}\n    tags: {owner: data, cost-center: analytics, environment: prod}\n"
        }
        text += "flows:\n"
        for index in 0..<count { text += "  - from: events\n    to: bucket-\(index)\n    tls: true\n" }
        return Array(text.utf8)
    }

    @Test func aLargeDesignReadWithoutItsTreeReportsAsOneWithIt() throws {
        let bytes = design(buckets: 2_000)
        #expect(bytes.count >= DesignPipeline.backgroundReleaseBytes)
        let kept = try #require(DesignPipeline().load(bytes, path: "many.yaml"))
        let dropped = try #require(DesignPipeline().droppingTrees.load(bytes, path: "many.yaml"))
        #expect(kept.root != nil)
        #expect(dropped.root == nil)
        #expect(dropped.report.diagnostics == kept.report.diagnostics)
        #expect(dropped.graph?.design.components.count == 2_001)
        #expect(dropped.graph?.topologicalOrder == kept.graph?.topologicalOrder)
        let settings = CheckSettings(today: "2026-11-25")
        let prepared = CheckRunner().prepare(settings)
        #expect(CheckFormat.json.reporter.report(CheckReport(files: [prepared.check(dropped)]), options: .plain)
                == CheckFormat.json.reporter.report(CheckReport(files: [prepared.check(kept)]), options: .plain))
    }

    @Test func aReleasedLargeDesignIsFreedOnceTheReleasesAreDone() throws {
        let pipeline = DesignPipeline().droppingTrees
        var loaded = try #require(pipeline.load(design(buckets: 2_000), path: "many.yaml"))
        weak let graph = loaded.graph
        weak let bucket = loaded.design?.components.last
        #expect(graph != nil && bucket != nil)
        pipeline.release(consume loaded)
        BackgroundRelease.drain()
        #expect(graph == nil)
        #expect(bucket == nil)
        loaded = try #require(pipeline.load(design(buckets: 2), path: "few.yaml"))
        #expect(loaded.graph?.design.components.count == 3)
    }

    /// A command hands its report to the release thread at its end only when a file of it is large.
    @Test func onlyALargeRunsReportIsLeftToTheReleaseThread() throws {
        let small = try #require(DesignPipeline().load(design(buckets: 2), path: "few.yaml"))
        let large = try #require(DesignPipeline().load(design(buckets: 2_000), path: "many.yaml"))
        #expect(!RunEnd.isLarge([small.report]))
        #expect(RunEnd.isLarge([small.report, large.report]))
        #expect(!RunEnd.isLarge([]))
    }

    /// Alternatives are read before the graph is built; the diagnostics keep their order:
    /// the design's, its cycles', then the alternatives'.
    @Test func alternativesStillReportAfterTheDesignsCycles() throws {
        let text = """
        dataplan: 1
        name: loop
        components:
          a: {type: lambda}
          b: {type: lambda}
        flows:
          - a -> b -> a
        alternatives:
          bigger:
            components:
              a: {type: lambda, memroy: 1GB}

        """
        let loaded = try #require(DesignPipeline().droppingTrees.load(Array(text.utf8), path: "loop.yaml"))
        let messages = loaded.report.diagnostics.map(\.message)
        let cycle = try #require(messages.firstIndex { $0.hasPrefix("flows form a cycle") })
        let alternative = try #require(messages.firstIndex { $0.hasPrefix("in alternative 'bigger': unknown property 'memroy'") })
        #expect(cycle < alternative)
        #expect(loaded.alternatives.map(\.name) == ["bigger"])
    }
}

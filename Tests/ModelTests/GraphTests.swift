import Foundation
import Testing
@testable import Model

@Suite struct GraphTests {
    private func graph(_ text: String) throws -> DesignGraph {
        let reading = readDesign(text)
        #expect(reading.diagnostics.isEmpty, "\(reading.diagnostics)")
        return DesignGraph(try #require(reading.design))
    }

    @Test func ratesAreCarriedAlongAChainOfFiveComponents() throws {
        let g = try graph(
            design(
                components: """
                      web: {type: web-app, emits: {rate: 100K/s, record-size: 1KB}}
                      clicks: {type: kinesis-data-streams}
                      enrich: {type: lambda}
                      archive: {type: firehose}
                      lake: {type: s3}

                    """, flows: "  - web -> clicks -> enrich -> archive -> lake\n"))
        #expect(g.flowThroughput.map { $0.rate?.value } == [100_000, 100_000, 100_000, 100_000])
        #expect(g.flowThroughput.map { $0.volume?.value } == [100_000_000, 100_000_000, 100_000_000, 100_000_000])
        #expect(g.flowThroughput[0].rate?.basis(in: g) == "web's emits")
        #expect(g.flowThroughput.allSatisfy { $0.rate?.derived == true })
        #expect(g.inbound[4].volume?.value == 100_000_000)
        #expect(
            g.flowThroughput[3].rate?.basis(in: g)
                == "passed on by archive (passed on by enrich (passed on by clicks (web's emits)))")
        #expect(
            g.flowThroughput[3].volume?.basis(in: g)
                == "passed on by archive (passed on by enrich (passed on by clicks (web's emits)))")
        #expect(g.inbound[1].volume?.basis(in: g) == "web's emits: rate × record-size")
    }

    @Test func flowEndsAreTakenWhereTheReaderFoundThemAndLookedUpOtherwise() throws {
        let read = try #require(
            readDesign(
                design(
                    components: """
                          src: {type: web-app, emits: {rate: 10/s, record-size: 1KB}}
                          mid: {type: lambda}
                          dst: {type: s3}

                        """, flows: "  - src -> mid\n  - {from: mid, to: [dst, src]}\n")
            ).design)
        #expect(read.flows.map { $0.writtenPositions.map { [$0.from, $0.to] } } == [[0, 1], [1, 2], [1, 0]])
        #expect(read.flowsAtWrittenPositions)
        #expect(DesignGraph(read).ends.map { [$0.from, $0.to] } == [[0, 1], [1, 2], [1, 0]])
        // A design made by hand: no positions, or positions that do not name the same components.
        let made = Design(
            file: read.file, name: read.name, description: nil, region: read.region, tags: [:],
            requirements: read.requirements, components: read.components,
            flows: [
                Flow(from: "src", to: "mid", mark: .start, properties: [:]),
                Flow(from: "mid", to: "dst", mark: .start, properties: [:], writtenPositions: (from: 2, to: 7)),
            ],
            topLevelMarks: [:], suppressions: [])
        #expect(DesignGraph(made).ends.map { [$0.from, $0.to] } == [[0, 1], [1, 2]])
    }

    @Test func declaredFiguresWinAndFanInSums() throws {
        let g = try graph(
            design(
                components: """
                      web: {type: web-app, emits: {rate: 1K/s, record-size: 2KB}}
                      pos: {type: pos, emits: {rate: 500/s, record-size: 1KB}}
                      stream: {type: kinesis-data-streams}
                      filter: {type: lambda}
                      store: {type: dynamodb}

                    """,
                flows: """
                      - web -> stream
                      - pos -> stream
                      - stream -> filter
                      - {from: filter, to: store, rate: 100/s}

                    """))
        #expect(g.inbound[2].rate?.value == 1_500)
        #expect(g.inbound[2].volume?.value == 2_500_000)
        #expect(g.flowThroughput[2].rate?.value == 1_500)
        let declared = g.flowThroughput[3]
        #expect(declared.rate?.value == 100)
        #expect(declared.rate?.derived == false)
        // The average record size upstream (2,500,000 B/s over 1,500 records/s) gives the volume.
        #expect(declared.volume?.value == 100 * (Decimal(2_500_000) / 1_500))
        #expect(declared.volume?.derived == true)
        #expect(g.inbound[2].rate?.basis(in: g) == "sum of the flows into stream")
        #expect(g.inbound[2].recordSize?.basis(in: g) == "average record size into stream")
        #expect(declared.rate?.basis(in: g) == "declared on the flow")
        #expect(declared.volume?.basis(in: g) == "rate × record-size on filter -> store")
    }

    @Test func volumeWithoutARateIsCarriedFromADatabase() throws {
        let g = try graph(
            design(
                components: """
                      ora: {type: oracle, size: 50TB, change-rate: 864GB/day}
                      dms: {type: dms}
                      aurora: {type: aurora-postgresql}

                    """, flows: "  - ora -> dms -> aurora\n"))
        #expect(g.flowThroughput[1].volume?.value == 10_000_000)
        #expect(g.flowThroughput[1].rate == nil)
        #expect(g.flowThroughput[1].volume?.basis(in: g) == "passed on by dms (ora's change-rate)")
    }

    @Test func aCycleIsReportedOnceWithItsMembersAndNotLoopedOn() throws {
        let g = try graph(
            design(
                components: """
                      web: {type: web-app, emits: {rate: 10/s}}
                      a: {type: lambda}
                      b: {type: sqs}
                      c: {type: lambda}
                      sink: {type: s3}

                    """, flows: "  - web -> a -> b -> c -> a\n  - c -> sink\n"))
        #expect(g.cycles == [[1, 2, 3]])
        #expect(g.cycleDiagnostics.count == 1)
        #expect(
            g.cycleDiagnostics[0].message
                == "flows form a cycle through a, b, c; rates and volumes are not carried around it")
        #expect(g.cycleDiagnostics[0].location.line == 5)
        #expect(g.inbound[1].rate?.value == 10)
        #expect(g.topologicalOrder.firstIndex(of: 0)! < g.topologicalOrder.firstIndex(of: 1)!)
        #expect(g.topologicalOrder.firstIndex(of: 3)! < g.topologicalOrder.firstIndex(of: 4)!)
    }

    @Test func largeGraphsAreBuiltWithoutRecursion() throws {
        // A chain of 20,000 components: recursion this deep would overflow the stack.
        var components = ""
        var chain: [String] = []
        for index in 0..<20_000 {
            components += "  c\(index): {type: lambda}\n"
            chain.append("c\(index)")
        }
        let g = try graph(
            design(
                components: "  src: {type: web-app, emits: {rate: 1/s}}\n" + components,
                flows: "  - src -> " + chain.joined(separator: " -> ") + " -> c0\n"))
        #expect(g.cycles.count == 1)
        #expect(g.cycles[0].count == 20_000)
    }
}

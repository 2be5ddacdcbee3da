import Foundation
import Testing
import YAMLLoader
import Model
@testable import Pricing

/// Defaults a reviewer would accept, or none: a figure the estimator cannot derive is an unpriced line saying which
/// figure it needs; a figure it takes by default is stated with its reason.
@Suite struct MissingFigureTests {
    static func estimate(_ components: String, flows: String = "") throws -> DesignEstimate {
        let text =
            "dataplan: 1\nname: t\ncomponents:\n  app: {type: web-app, emits: {rate: 1K/s, record-size: 1KB}}\n"
            + components
            + (flows.isEmpty ? "" : "flows:\n" + flows)
        let reading = DesignReader().read(YAMLLoader().load(text, file: "t.yaml"))
        let design = try #require(reading.design, "\(reading.diagnostics)")
        return Estimator(book: RateBook.bundled()).estimate(DesignGraph(design), path: "t.yaml")
    }

    static func lines(_ estimate: DesignEstimate, _ component: String) -> [LineItem] {
        estimate.components.first { $0.component == component }?.lineItems ?? []
    }

    /// A table written by key keeps one item a key: its size is items × item-size, not half a month's inflow.
    @Test func anUpsertTableNeedsItsSize() throws {
        let unknown = try Self.estimate("  t: {type: dynamodb, idempotent: true}\n", flows: "  - app -> t\n")
        let storage = try #require(Self.lines(unknown, "t").first { $0.rate == "dynamodb/storage-gb-month" })
        #expect(
            storage.monthly == nil && storage.needsFigure
                && storage.missing?.contains("`items` and `item-size`") == true)
        let sized = try Self.estimate(
            "  t: {type: dynamodb, idempotent: true, items: 1M, item-size: 1KiB}\n", flows: "  - app -> t\n")
        let bytes = try #require(Self.lines(sized, "t").first { $0.rate == "dynamodb/storage-gb-month" })
        #expect(bytes.quantity == Decimal(1_000_000) / 1_048_576)
        let appended = try Self.estimate("  t: {type: dynamodb}\n", flows: "  - app -> t\n")
        #expect(
            Self.lines(appended, "t").first { $0.rate == "dynamodb/storage-gb-month" }?.monthly != nil,
            "an append table grows with its inflow")
    }

    /// Parquet from a Firehose conversion lands at a third of the raw bytes, or at the ratio the design states.
    @Test func columnarFilesAreStoredCompressed() throws {
        let flows = "  - app -> delivery -> lake\n"
        func stored(_ firehose: String) throws -> Decimal {
            let estimate = try Self.estimate(
                "  delivery: {type: firehose\(firehose)}\n  lake: {type: s3, retention: 30d}\n", flows: flows)
            return try #require(Self.lines(estimate, "lake").first { $0.rate.hasPrefix("s3/storage") }?.quantity)
        }
        let raw = try stored("")
        #expect((try stored(", convert-to: parquet") * 3).rounded(6) == raw.rounded(6))
        #expect((try stored(", convert-to: parquet, compression-ratio: 4") * 4).rounded(6) == raw.rounded(6))
    }

    @Test func onDemandRetentionPastADayIsALine() throws {
        let estimate = try Self.estimate(
            "  s: {type: kinesis-data-streams, mode: on-demand, retention: 72h}\n", flows: "  - app -> s\n")
        let line = try #require(
            Self.lines(estimate, "s").first { $0.rate == "kinesis-data-streams/on-demand-extended-retention-gb-month" })
        #expect(line.monthly != nil && line.quantity > 0)
    }

    @Test func aCrawlerWithoutADurationIsBilledTheMinimum() throws {
        let estimate = try Self.estimate("  catalog: {type: glue-data-catalog, crawlers: 1, schedule: daily}\n")
        let line = try #require(Self.lines(estimate, "catalog").first { $0.rate == "glue/crawler-dpu-hour" })
        // 1 crawler × 2 DPUs × 10 minutes × 30.4167 runs.
        #expect(line.quantity.rounded(6) == (Decimal(2) * 600 * Decimal(730) / 24 / 3600).rounded(6))
    }

    @Test func fifoQueuesAndTopicsHaveTheirOwnRates() throws {
        let estimate = try Self.estimate(
            """
              q: {type: sqs, queue-type: fifo, usage: {requests: 1M}}
              n: {type: sns, topic-type: fifo, usage: {requests: 1M}}
            """ + "\n")
        #expect(Self.lines(estimate, "q").map(\.rate) == ["sqs/fifo-requests"])
        #expect(Self.lines(estimate, "n").map(\.rate) == ["sns/fifo-publishes"])
        #expect(Self.lines(estimate, "q").first?.monthly == Decimal(string: "0.5"))
    }

    @Test func auroraWithoutAnIOFigureSaysSoAndAMigrationSaysHowLongItIsPriced() throws {
        let estimate = try Self.estimate(
            """
              db: {type: aurora-postgresql}
              fast: {type: aurora-postgresql, io-optimized: true}
              copy: {type: dms, migration: full-load}
            """ + "\n")
        #expect(Self.lines(estimate, "db").contains { $0.rate == "aurora-postgresql/io-requests" && $0.needsFigure })
        #expect(!Self.lines(estimate, "fast").contains { $0.rate == "aurora-postgresql/io-requests" })
        let copy = try #require(estimate.components.first { $0.component == "copy" })
        #expect(copy.assumptions.contains { $0.contains("full-load migration is priced as a full month") })
    }
}

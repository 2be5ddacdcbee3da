import Foundation
import Testing
@testable import Pricing

/// The estimator's quantities and arithmetic, with the test rates (not AWS's: see Fixtures.swift).
@Suite struct FormulaTests {
    @Test func kinesisProvisionedShardsAndPutUnits() throws {
        let result = try estimate(
            """
            dataplan: 1
            name: t
            components:
              app: {type: mobile-app, emits: {rate: 100/s, record-size: 35KB}}
              clicks: {type: kinesis-data-streams, shards: 4}
            flows:
              - app -> clicks
            """, hours: 720)
        #expect(
            lines(result, "clicks") == [
                "Shard hours: 2880 shard-hour = 43.2",
                "PUT payload units: 518.4 1M PUT payload units = 7.26",
            ])
        #expect(result.monthlyTotal == Decimal(string: "50.46"))
    }

    /// A cron schedule is read as daily; a job whose run length comes from `throughput` asks for
    /// the runs twice, and the assumption is said once.
    @Test func eachAssumptionIsSaidOnce() throws {
        let result = try estimate(
            """
            dataplan: 1
            name: t
            components:
              landing: {type: s3}
              transform:
                {type: glue, worker-type: G.1X, workers: 10, throughput: 100GB/h, schedule: "cron(0 2 * * ? *)"}
            flows:
              - {from: landing, to: transform, mode: batch, volume: 200GB/day}
            """)
        let assumptions = try #require(result.component(named: "transform")).assumptions
        #expect(
            assumptions.filter { $0.hasPrefix("the cron schedule is taken to fire once a day") }.count == 1,
            "\(assumptions)")
        #expect(assumptions.contains { $0.contains("÷ throughput") })
    }

    @Test func shardsAreDerivedWhenNotGiven() throws {
        let result = try estimate(
            """
            dataplan: 1
            name: t
            components:
              app: {type: web-app, emits: {rate: 5K/s, record-size: 1KB}}
              clicks: {type: kinesis-data-streams}
            flows:
              - app -> clicks
            """)
        let assumptions = result.components[0].assumptions
        #expect(
            assumptions.contains("shards derived from the inbound rate: max(5 MB/s ÷ 1 MB/s, 5K records/s ÷ 1,000) = 5")
        )
        #expect(lines(result, "clicks").first == "Shard hours: 3650 shard-hour = 54.75")
    }

    @Test func firehoseRoundsEachRecordUpTo5KB() throws {
        let result = try estimate(
            """
            dataplan: 1
            name: t
            components:
              app: {type: web-app, emits: {rate: 100/s, record-size: 3KB}}
              archive: {type: firehose, convert-to: parquet}
            flows:
              - app -> archive
            """)
        let records: Decimal = 100 * 730 * 3600
        let gigabytes = records * 5120 / 1_073_741_824
        #expect(
            lines(result, "archive") == [
                "Data ingested: \(gigabytes.rounded(6)) GB = \((gigabytes * Decimal(string: "0.029")!).rounded(2))",
                "Format conversion: \(gigabytes.rounded(6)) GB = \((gigabytes * Decimal(string: "0.018")!).rounded(2))",
            ])
    }

    @Test func lambdaRequestsAndGBSecondsByArchitecture() throws {
        let result = try estimate(
            """
            dataplan: 1
            name: t
            components:
              queue: {type: sqs}
              work: {type: lambda, memory: 512MB, duration: 200ms, batch-size: 10, architecture: arm64}
            flows:
              - {from: queue, to: work, rate: 1K/s}
            """)
        let invocations: Decimal = 1000 * 730 * 3600 / 10
        let gbSeconds = invocations * Decimal(string: "0.2")! * Decimal(string: "0.5")!
        #expect(
            lines(result, "work") == [
                "Requests: \((invocations / 1_000_000).rounded(6)) 1M requests = "
                    + "\((invocations / 1_000_000 * Decimal(string: "0.2")!).rounded(2))",
                "Compute (arm64): \(gbSeconds.rounded(6)) GB-second = "
                    + "\((gbSeconds * Decimal(string: "0.0000133334")!).rounded(2))",
            ])
    }

    @Test func glueBillsDPUHoursWithAOneMinuteMinimum() throws {
        let result = try estimate(
            """
            dataplan: 1
            name: t
            components:
              long: {type: glue, worker-type: G.2X, workers: 3, duration: 15min, schedule: daily}
              short: {type: glue, worker-type: G.1X, workers: 2, duration: 20s, schedule: hourly, execution-class: flex}
            """)
        let daily: Decimal = 730 / 24
        #expect(
            lines(result, "long") == [
                "DPU hours: \((6 * daily / 4).rounded(6)) DPU-hour = "
                    + "\((6 * daily / 4 * Decimal(string: "0.44")!).rounded(2))"
            ])
        #expect(
            lines(result, "short") == [
                "DPU hours (Flex): \((Decimal(2) * 60 * 730 / 3600).rounded(6)) DPU-hour = "
                    + "\((Decimal(2) * 60 * 730 / 3600 * Decimal(string: "0.29")!).rounded(2))"
            ])
    }

    @Test func emrOnSpotSavesTheTablesShareOfEC2() throws {
        let onDemand = try estimate(
            "dataplan: 1\nname: t\ncomponents:\n  spark: {type: emr, instance-type: m5.xlarge, instances: 5, "
                + "duration: 2h, schedule: daily}\n"
        )
        let spot = try estimate(
            "dataplan: 1\nname: t\ncomponents:\n  spark: {type: emr, instance-type: m5.xlarge, instances: 5, "
                + "duration: 2h, schedule: daily, purchase: spot}\n"
        )
        let hours: Decimal = 5 * 2 * 730 / 24
        let ec2 = (hours * Decimal(string: "0.192")!).rounded(2)
        #expect(
            lines(spot, "spark")[1]
                == "Spot saving on EC2: \(ec2.rounded(6)) USD = \((-ec2 * Decimal(string: "0.7")!).rounded(2))")
        #expect(onDemand.monthlyTotal - spot.monthlyTotal == (ec2 * Decimal(string: "0.7")!).rounded(2))
    }

    @Test func athenaScansAtLeast10MBAQuery() throws {
        let result = try estimate(
            "dataplan: 1\nname: t\ncomponents:\n  adhoc: {type: athena, queries: 1K/day, scan-per-query: 1MB}\n")
        let queries: Decimal = 1000 * 730 / 24
        let terabytes = queries * 10_485_760 / 1_099_511_627_776
        #expect(lines(result, "adhoc") == ["Data scanned: \(terabytes.rounded(6)) TB = \((terabytes * 5).rounded(2))"])
    }

    @Test func stepFunctionsCountTransitionsPerExecution() throws {
        let result = try estimate(
            "dataplan: 1\nname: t\ncomponents:\n  flow: {type: step-functions, transitions: 12, executions: 10K/day}\n")
        let transitions: Decimal = 10_000 * 730 / 24 * 12
        #expect(
            lines(result, "flow") == [
                "State transitions: \((transitions / 1000).rounded(6)) 1K transitions = "
                    + "\((transitions / 1000 * Decimal(string: "0.025")!).rounded(2))"
            ])
    }

    @Test func eachLineIsRoundedOnceAndTotalsAreSumsOfRoundedLines() throws {
        let result = try estimate(
            """
            dataplan: 1
            name: t
            components:
              app: {type: web-app, emits: {rate: 7/s, record-size: 3KB}}
              a: {type: firehose}
              b: {type: firehose}
            flows:
              - app -> a
              - app -> b
            """)
        // 7 records/s × 2,628,000 s × 5,120 billed bytes ÷ 2^30 = 87.718963… GB × 0.029 = 2.543849… → 2.54 a line.
        #expect(result.components.map(\.monthly) == [Decimal(string: "2.54")!, Decimal(string: "2.54")!])
        // Rounding once per line gives 5.08; rounding the unrounded sum (5.087699…) would give 5.09.
        #expect(result.monthlyTotal == Decimal(string: "5.08")!)
    }

    @Test func aMissingRateIsAnUnpricedLineNeverAZero() throws {
        let result = try estimate(
            "dataplan: 1\nname: t\ncomponents:\n  cache: {type: elasticache, node-type: cache.r6g.large, nodes: 2}\n")
        let item = try #require(result.components.first?.lineItems.first)
        #expect(item.monthly == nil && item.unitPrice == nil)
        #expect(item.missing == "test-rates.yaml has no rate 'elasticache/node-hour/cache.r6g.large'")
        #expect(result.missingRates == 1)
    }
}

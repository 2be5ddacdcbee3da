import Foundation
import Testing
import YAMLLoader
import Model
@testable import Pricing

/// AWS's own worked examples (grade A) and AWS Pricing Calculator transcripts (grade B), as the research
/// gathered them (../shared/research/rates/examples.md), reproduced to the cent with each example's month,
/// rates and free tier. Grade C examples (no identified repository) and the known-bad lines are left out.
@Suite struct WorkedExampleTests {
    static func estimate(_ text: String, book: RateBook = .bundled(), freeTier: Bool = false) throws -> DesignEstimate {
        let reading = DesignReader().read(YAMLLoader().load(text, file: "example.yaml"))
        let design = try #require(reading.design, "\(reading.diagnostics)")
        return Estimator(book: book, settings: EstimateSettings(freeTier: freeTier)).estimate(
            DesignGraph(design), path: "example.yaml")
    }

    static func table(_ rates: String) throws -> RateBook {
        let text = "region: us-east-1\nrates:\n" + rates
        let (table, diagnostics) = RateTableReader.read(YAMLLoader().load(text, file: "example-rates.yaml"))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        return RateBook(tables: ["us-east-1": try #require(table)])
    }

    /// L1, grade A: https://aws.amazon.com/lambda/pricing/ (stored copy): 512 MB, 3M invocations of 1 s, at the page's
    /// rounded rate $0.00001667 per GB-s, free tier subtracted: $18.34 + $0.40 = $18.74.
    @Test func lambdaPagesFirstExample() throws {
        let book = try Self.table(
            """
              lambda/requests:
                {unit: 1M requests, price: "0.2", source: https://aws.amazon.com/lambda/pricing/, read: 2026-12-07,
                 free: {quantity: "1", source: https://aws.amazon.com/lambda/pricing/}}
              lambda/gb-second/x86_64:
                {unit: GB-second, price: "0.00001667", source: https://aws.amazon.com/lambda/pricing/,
                 read: 2026-12-07, free: {quantity: "400000", source: https://aws.amazon.com/lambda/pricing/}}
            """)
        let result = try Self.estimate(
            """
            dataplan: 1
            name: l1
            components:
              fn: {type: lambda, memory: 512MiB, duration: 1s, usage: {requests: 3M}}
            """, book: book, freeTier: true)
        let fn = try #require(result.components.first)
        #expect(
            fn.lineItems.map { $0.monthly! } == [
                Decimal(string: "0.6")!, Decimal(string: "-0.2")!,
                Decimal(string: "25.01")!, Decimal(string: "-6.67")!,
            ])
        #expect(result.monthlyTotal == Decimal(string: "18.74"))
    }

    /// K1, grade B: a calculator transcript (yffrankwang/amazon-taxi-analytics README.md L61-L79 at e71f79e):
    /// 10,000 records/s of 0.5 KB: 10 shards × 730 h × $0.015 = $109.50; 26.28 billion PUT payload units × $0.014
    /// a million = $367.92; $477.42, with the bundled us-east-1 rates.
    @Test func kinesisCalculatorTranscript() throws {
        let result = try Self.estimate(
            """
            dataplan: 1
            name: k1
            components:
              taxis: {type: iot-devices, emits: {rate: 10K/s, record-size: 0.5KiB}}
              stream: {type: kinesis-data-streams}
            flows:
              - taxis -> stream
            """)
        let stream = try #require(result.components.first { $0.component == "stream" })
        #expect(stream.lineItems.map { $0.monthly! } == [Decimal(string: "109.5")!, Decimal(string: "367.92")!])
        #expect(stream.monthly == Decimal(string: "477.42"))
    }

    /// M1, grade A: aws/aws-emr-best-practices benchmarking_variables.md L29-L48 at 375e9f0: 26 r5.4xlarge for 3 hours
    /// on EMR on EC2, $78.62 EC2 + $19.66 EMR = $98.28; the same work on EMR Serverless, 1,200 vCPU-hours and 9,600
    /// GB-hours, $63.15 + $55.47 = $118.62. Its us-west-2 rates equal the bundled us-east-1 ones.
    @Test func emrDeploymentModels() throws {
        let result = try Self.estimate(
            """
            dataplan: 1
            name: m1
            components:
              onec2: {type: emr, instance-type: r5.4xlarge, instances: 26, duration: 3h, schedule: monthly}
              serverless: {type: emr-serverless, vcpu: 400, memory: 3200GiB, duration: 3h, schedule: monthly}
            """)
        let ec2 = try #require(result.components.first { $0.component == "onec2" })
        #expect(ec2.lineItems.map { $0.monthly! } == [Decimal(string: "78.62")!, Decimal(string: "19.66")!])
        #expect(ec2.monthly == Decimal(string: "98.28"))
        let serverless = try #require(result.components.first { $0.component == "serverless" })
        #expect(serverless.lineItems.map { $0.monthly! } == [Decimal(string: "63.15")!, Decimal(string: "55.47")!])
        #expect(serverless.monthly == Decimal(string: "118.62"))
    }
}

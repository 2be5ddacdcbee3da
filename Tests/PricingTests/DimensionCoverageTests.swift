import Foundation
import Testing
import YAMLLoader
import Model
@testable import Pricing

/// Every billable dimension the rate tables hold for a type appears as a line when a design uses it: priced,
/// unpriced for a missing rate, or unpriced for a figure the design does not give, never silently left out.
@Suite struct DimensionCoverageTests {
    /// Components that between them use every dimension, fed by one producer.
    static let design = """
        dataplan: 1
        name: every-dimension
        region: us-east-1
        components:
          app: {type: web-app, emits: {rate: 1K/s, record-size: 2KB}}
          provisioned: {type: kinesis-data-streams, shards: 4, retention: 30d, consumers: 2}
          on-demand: {type: kinesis-data-streams, mode: on-demand, retention: 30d}
          delivery: {type: firehose, convert-to: parquet}
          brokers: {type: msk, brokers: 3, broker-type: kafka.m5.large, storage: 1TB}
          serverless-kafka: {type: msk, serverless: true, partitions: 10}
          migration: {type: dms, instance-class: dms.r5.large, storage: 100GB}
          migration-az: {type: dms, instance-class: dms.r5.large, multi-az: true}
          job: {type: glue, worker-type: G.1X, workers: 10, duration: 1h, schedule: daily}
          flex: {type: glue, worker-type: G.1X, workers: 10, duration: 1h, schedule: daily, execution-class: flex}
          catalog: {type: glue-data-catalog, objects: 2M, crawlers: 1, schedule: daily, usage: {requests: 3M}}
          brew: {type: databrew, nodes: 5, duration: 1h, schedule: daily}
          cluster: {type: emr, instance-type: m5.xlarge, instances: 3, duration: 2h, schedule: daily}
          emr-s: {type: emr-serverless, vcpu: 8, memory: 32GiB, duration: 1h, schedule: daily}
          fn: {type: lambda, memory: 512MiB, duration: 100ms}
          stream-app: {type: flink, kpu: 2}
          training: {type: sagemaker, instance-type: ml.m5.xlarge, instances: 1, duration: 1h, schedule: daily}
          features: {type: sagemaker-feature-store, storage: 10GB, usage: {reads: 1M}}
          lake: {type: s3, retention: 30d, usage: {get-requests: 1M}}
          far-lake: {type: s3, region: eu-west-1}
          table: {type: dynamodb, pitr: true, global-tables: [us-east-1, eu-west-1], usage: {reads: 1M}}
          provisioned-table: {type: dynamodb, capacity: provisioned, wcu: 10, rcu: 10, storage: 1GB}
          warehouse: {type: redshift, node-type: ra3.xlplus, nodes: 2, storage: 1TB}
          reserved: {type: redshift, node-type: ra3.xlplus, nodes: 2, pricing: reserved}
          serverless-warehouse: {type: redshift-serverless, storage: 1TB, usage: {hours: 100}}
          cache: {type: elasticache, node-type: cache.r6g.large}
          database: {type: aurora-postgresql, instance-class: db.r6g.large, storage: 100GB, io: 100/s}
          queries: {type: athena, usage: {queries: 1K}}
          dashboards: {type: quicksight, authors: 2, readers: 10, spice: 10GB}
          workflow: {type: step-functions, workflow: standard, transitions: 10, usage: {executions: 1K}}
          express: {type: step-functions, workflow: express, usage: {executions: 1K}}
          airflow: {type: mwaa, environment-class: mw1.small, workers: 2}
          tasks: {type: ecs-fargate, vcpu: 1, memory: 2GiB, tasks: 2}
          queue: {type: sqs, usage: {requests: 1M}}
          fifo-queue: {type: sqs, queue-type: fifo, usage: {requests: 1M}}
          topic: {type: sns, usage: {requests: 1M}}
          fifo-topic: {type: sns, topic-type: fifo, usage: {requests: 1M}}
          bus: {type: eventbridge, usage: {events: 1M}}
          keys: {type: kms, keys: 2, usage: {requests: 1M}}
          monitoring: {type: cloudwatch, metrics: 20, dashboards: 1, log-ingestion: 1GB/day, log-retention: 30d}
          trail: {type: cloudtrail, data-events: true, usage: {data-events: 1M}}
          rules: {type: config, usage: {evaluations: 10K}}
          scanner: {type: macie, buckets: 10, inspected: 1GB/day}
          tracing: {type: x-ray, traces: 1/s}
          dns: {type: route53, hosted-zones: 2, queries: 10/s, health-checks: 2}
          shipment: {type: snowball, devices: 1, device-type: edge-compute-optimized, usage: {extra-days: 2}}
          link: {type: direct-connect, bandwidth: 1Gbps, ports: 1}
          spend: {type: budgets, budgets: 3}
        flows:
          - app -> provisioned -> delivery -> lake
          - app -> on-demand
          - app -> brokers
          - app -> serverless-kafka
          - app -> fn
          - app -> table
          - app -> features
          - lake -> far-lake
        """

    @Test func everyDimensionOfTheTablesAppearsAsALine() throws {
        let reading = DesignReader().read(YAMLLoader().load(Self.design, file: "every.yaml"))
        let design = try #require(reading.design, "\(reading.diagnostics)")
        let estimate = Estimator(book: RateBook.bundled()).estimate(DesignGraph(design), path: "every.yaml")
        let used = Set(estimate.components.flatMap(\.lineItems).map(\.rate))
        let missed = RateCatalog.specs.filter { spec in spec.isListPrice && !used.contains { spec.matches($0) } }.map(
            \.key)
        #expect(missed.isEmpty, "dimensions no line shows: \(missed)")
    }
}

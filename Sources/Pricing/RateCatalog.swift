/// Every rate key the estimator prices with, with its unit: the vocabulary of PricingTables/.
public enum RateCatalog {
    public static let specs: [RateSpec] = [
        RateSpec("kinesis-data-streams/shard-hour", "shard-hour", "provisioned shard hour"),
        RateSpec(
            "kinesis-data-streams/put-payload-units", "1M PUT payload units", per: 1_000_000,
            "25 KB PUT payload " + "units"),
        RateSpec(
            "kinesis-data-streams/extended-retention-shard-hour", "shard-hour",
            "retention past 24 h, up to 7 days, per shard hour"),
        RateSpec("kinesis-data-streams/long-term-retention-gb-month", "GB-month", "retention past 7 days"),
        RateSpec(
            "kinesis-data-streams/efo-consumer-shard-hour", "consumer-shard-hour",
            "enhanced fan-out consumer per shard hour"),
        RateSpec("kinesis-data-streams/efo-gb", "GB", "data retrieved by enhanced fan-out"),
        RateSpec("kinesis-data-streams/on-demand-stream-hour", "stream-hour", "on-demand stream hour"),
        RateSpec("kinesis-data-streams/on-demand-gb-in", "GB", "on-demand data written"),
        RateSpec("kinesis-data-streams/on-demand-gb-out", "GB", "on-demand data read"),
        RateSpec(
            "kinesis-data-streams/on-demand-extended-retention-gb-month", "GB-month",
            "on-demand retention past 24 h, up to 7 days"),
        RateSpec("firehose/gb-ingested", "GB", "data ingested, each record rounded up to 5 KB"),
        RateSpec("firehose/format-conversion-gb", "GB", "record format conversion"),
        RateSpec("msk/broker-hour/", "broker-hour", "broker hour by broker type"),
        RateSpec("msk/storage-gb-month", "GB-month", "broker storage"),
        RateSpec("msk/serverless-cluster-hour", "cluster-hour", "MSK Serverless cluster hour"),
        RateSpec("msk/serverless-partition-hour", "partition-hour", "MSK Serverless partition hour"),
        RateSpec("msk/serverless-gb-in", "GB", "MSK Serverless data in"),
        RateSpec("msk/serverless-gb-out", "GB", "MSK Serverless data out"),
        RateSpec("dms/instance-hour/", "instance-hour", "single-AZ replication instance hour by class"),
        RateSpec("dms/multi-az-instance-hour/", "instance-hour", "Multi-AZ replication instance hour by class"),
        RateSpec("dms/storage-gb-month", "GB-month", "replication instance storage"),
        RateSpec("glue/dpu-hour", "DPU-hour", "ETL job DPU hour (standard)"),
        RateSpec("glue/flex-dpu-hour", "DPU-hour", "ETL job DPU hour (Flex)"),
        RateSpec("glue/crawler-dpu-hour", "DPU-hour", "crawler DPU hour"),
        RateSpec(
            "glue/catalog-objects-month", "100K objects-month", per: 100_000,
            "Data Catalog objects past the free million"),
        RateSpec("glue/catalog-requests", "1M requests", per: 1_000_000, "Data Catalog requests past the free million"),
        RateSpec("databrew/node-hour", "node-hour", "DataBrew job node hour"),
        RateSpec("emr/ec2-hour/", "instance-hour", "EC2 On-Demand instance hour by type"),
        RateSpec("emr/uplift-hour/", "instance-hour", "EMR charge on top of EC2, by type"),
        RateSpec("emr/spot-discount", "fraction", "share of the On-Demand EC2 price saved on Spot", isListPrice: false),
        RateSpec("emr-serverless/vcpu-hour", "vCPU-hour", "vCPU hour"),
        RateSpec("emr-serverless/gb-hour", "GB-hour", "memory GB hour"),
        RateSpec("lambda/requests", "1M requests", per: 1_000_000, "requests"),
        RateSpec("lambda/gb-second/", "GB-second", "compute by architecture (x86_64, arm64)"),
        RateSpec("flink/kpu-hour", "KPU-hour", "Kinesis Processing Unit hour"),
        RateSpec("flink/running-storage-gb-month", "GB-month", "running application storage"),
        RateSpec("sagemaker/instance-hour/", "instance-hour", "training, processing or hosting instance hour by type"),
        RateSpec("sagemaker-feature-store/write-units", "1M write units", per: 1_000_000, "write request units"),
        RateSpec("sagemaker-feature-store/read-units", "1M read units", per: 1_000_000, "read request units"),
        RateSpec("sagemaker-feature-store/storage-gb-month", "GB-month", "online store storage"),
        RateSpec("s3/storage-gb-month/", "GB-month", "storage by class"),
        RateSpec("s3/put-requests", "1K requests", per: 1_000, "PUT, COPY, POST, LIST requests"),
        RateSpec("s3/get-requests", "1K requests", per: 1_000, "GET and other requests"),
        RateSpec("data-transfer/inter-region-gb", "GB", "data transfer out to another region"),
        RateSpec("dynamodb/write-request-units", "1M write request units", per: 1_000_000, "on-demand writes"),
        RateSpec("dynamodb/read-request-units", "1M read request units", per: 1_000_000, "on-demand reads"),
        RateSpec("dynamodb/wcu-hour", "WCU-hour", "provisioned write capacity unit hour"),
        RateSpec("dynamodb/rcu-hour", "RCU-hour", "provisioned read capacity unit hour"),
        RateSpec("dynamodb/storage-gb-month", "GB-month", "table storage"),
        RateSpec("dynamodb/pitr-gb-month", "GB-month", "continuous backups (PITR)"),
        RateSpec(
            "dynamodb/replicated-write-request-units", "1M replicated write units", per: 1_000_000,
            "global-table replicated writes"),
        RateSpec("redshift/node-hour/", "node-hour", "On-Demand node hour by type"),
        RateSpec("redshift/reserved-node-hour/", "node-hour", "effective reserved node hour by type"),
        RateSpec("redshift/managed-storage-gb-month", "GB-month", "RA3 managed storage"),
        RateSpec("redshift-serverless/rpu-hour", "RPU-hour", "RPU hour"),
        RateSpec("redshift-serverless/storage-gb-month", "GB-month", "managed storage"),
        RateSpec("elasticache/node-hour/", "node-hour", "node hour by node type"),
        RateSpec("aurora-postgresql/instance-hour/", "instance-hour", "instance hour by class"),
        RateSpec("aurora-postgresql/storage-gb-month", "GB-month", "storage (Standard)"),
        RateSpec("aurora-postgresql/io-requests", "1M I/O requests", per: 1_000_000, "I/O requests (Standard)"),
        RateSpec("athena/tb-scanned", "TB", "data scanned, 10 MB minimum per query"),
        RateSpec("quicksight/author-month", "author-month", "Enterprise author"),
        RateSpec("quicksight/reader-month", "reader-month", "Enterprise reader"),
        RateSpec("quicksight/spice-gb-month", "GB-month", "SPICE capacity"),
        RateSpec(
            "step-functions/standard-transitions", "1K transitions", per: 1_000, "Standard workflow state transitions"),
        RateSpec("step-functions/express-requests", "1M requests", per: 1_000_000, "Express workflow requests"),
        RateSpec("mwaa/environment-hour/", "environment-hour", "environment hour by class"),
        RateSpec("mwaa/worker-hour/", "worker-hour", "additional worker hour by class"),
        RateSpec("ecs-fargate/vcpu-hour/", "vCPU-hour", "vCPU hour by architecture"),
        RateSpec("ecs-fargate/gb-hour/", "GB-hour", "memory GB hour by architecture"),
        RateSpec("sqs/requests", "1M requests", per: 1_000_000, "standard queue requests"),
        RateSpec("sqs/fifo-requests", "1M requests", per: 1_000_000, "FIFO queue requests"),
        RateSpec("sns/publishes", "1M publishes", per: 1_000_000, "publishes"),
        RateSpec("sns/fifo-publishes", "1M requests", per: 1_000_000, "FIFO topic API requests"),
        RateSpec("eventbridge/events", "1M events", per: 1_000_000, "custom events published"),
        RateSpec("kms/key-month", "key-month", "customer managed key"),
        RateSpec("kms/requests", "10K requests", per: 10_000, "API requests"),
        RateSpec("cloudwatch/metric-month", "metric-month", "custom metric"),
        RateSpec("cloudwatch/dashboard-month", "dashboard-month", "dashboard"),
        RateSpec("cloudwatch/log-ingestion-gb", "GB", "log data ingested"),
        RateSpec("cloudwatch/log-storage-gb-month", "GB-month", "log data stored"),
        RateSpec("cloudtrail/data-events", "100K events", per: 100_000, "data events"),
        RateSpec("config/rule-evaluations", "1K evaluations", per: 1_000, "rule evaluations"),
        RateSpec("macie/bucket-month", "bucket-month", "bucket monitored"),
        RateSpec("macie/gb-inspected", "GB", "data inspected for sensitive data"),
        RateSpec("x-ray/traces", "1M traces", per: 1_000_000, "traces recorded"),
        RateSpec("route53/hosted-zone-month", "zone-month", "hosted zone"),
        RateSpec("route53/queries", "1M queries", per: 1_000_000, "standard queries"),
        RateSpec("route53/health-check-month", "check-month", "health check"),
        RateSpec("snowball/job/", "job", "service fee per job by device type"),
        RateSpec("snowball/extra-day/", "device-day", "extra on-site day by device type"),
        RateSpec("direct-connect/port-hour/", "port-hour", "dedicated port hour by bandwidth"),
        RateSpec("budgets/budget-day", "budget-day", "budget past the first two"),
    ]

    private static let exact: [String: RateSpec] = Dictionary(
        specs.filter { !$0.isFamily }.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
    /// Keyed by substrings, so that a key's family is found without making a string of its prefix.
    private static let families: [Substring: RateSpec] = Dictionary(
        specs.filter(\.isFamily).map { ($0.key[...], $0) }, uniquingKeysWith: { first, _ in first })

    /// The spec a table's key follows, if any: a dictionary lookup, since every priced line asks.
    public static func spec(for key: String) -> RateSpec? {
        if let spec = exact[key] { return spec }
        guard let slash = key.utf8.lastIndex(of: UInt8(ascii: "/")), key.utf8.index(after: slash) < key.endIndex else {
            return nil
        }
        return families[key[...slash]]
    }
}

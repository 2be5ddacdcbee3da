/// Every component type of the design format, in the services map's order.
public enum ComponentCatalog {
    private static func p(_ name: String, _ kind: ValueKind, _ summary: String) -> PropertySpec {
        PropertySpec(name, kind, summary)
    }

    private static let emits = p(
        "emits",
        .object([
            p("rate", .recordRate, "records per unit of time"),
            p("record-size", .size, "size of one record"),
        ]), "what the producer sends")

    private static let sourceProperties: [PropertySpec] = [
        emits,
        p("size", .size, "data at rest, e.g. 50TB"),
        p("change-rate", .byteRate, "changes per unit of time, e.g. 2GB/day"),
        p("bandwidth", .bandwidth, "the link to AWS, e.g. 1Gbps"),
    ]

    private static let batchRun: [PropertySpec] = [
        p("duration", .duration, "run time of one run"),
        p("schedule", .schedule, "how often it runs"),
        p(
            "throughput", .byteRate,
            "data one run gets through per hour at its stated size, e.g. 200GB/h: without `duration`, a run lasts "
                + "its share of the inbound volume ÷ this"
        ),
    ]

    private static let hoursPerDay = p("hours-per-day", .number, "hours a day it runs")
    private static let idempotent = p(
        "idempotent", .bool, "writes are keyed upserts or merges, so a redelivered record is not a duplicate")
    private static let multiAZ = p("multi-az", .bool, "standby in a second Availability Zone")
    private static let publiclyAccessible = p(
        "publicly-accessible", .bool, "has an address reachable from the internet (extension)")

    private static func source(
        _ name: String, _ title: String, _ role: ComponentType.Role, _ summary: String
    ) -> ComponentType {
        ComponentType(name, title, .source, role, summary, sourceProperties)
    }

    public static let all: [ComponentType] = numbered([
        // Sources, outside AWS
        source("web-app", "Web application", .producer, "a web front end sending events"),
        source("mobile-app", "Mobile application", .producer, "mobile clients sending events"),
        source("pos", "Point of sale", .producer, "point-of-sale terminals sending transactions"),
        source("iot-devices", "IoT devices", .producer, "devices sending telemetry"),
        source("oracle", "Oracle Database", .database, "an Oracle database (including Exadata)"),
        source("teradata", "Teradata", .database, "a Teradata warehouse"),
        source("sql-server", "Microsoft SQL Server", .database, "a SQL Server database"),
        source("mysql", "MySQL", .database, "a MySQL database"),
        source("postgresql", "PostgreSQL", .database, "a PostgreSQL database"),
        source("hadoop", "Hadoop cluster", .database, "an on-premises Hadoop cluster (HDFS, Hive)"),
        source("informatica", "Informatica", .database, "Informatica ETL jobs being replaced"),
        source("cognos", "IBM Cognos", .database, "Cognos reports being replaced"),
        source("external", "External system", .producer, "any other system outside AWS"),

        // Ingestion
        ComponentType(
            "kinesis-data-streams", "Amazon Kinesis Data Streams", .ingestion, .pipeline,
            "a durable, ordered stream of records in shards",
            [
                p("mode", .oneOf(["provisioned", "on-demand"]), "capacity mode"),
                p("shards", .count, "open shards (provisioned mode)"),
                p("retention", .duration, "how long records stay readable (24h to 365d)"),
                p("consumers", .count, "enhanced fan-out consumers"),
            ]),
        ComponentType(
            "firehose", "Amazon Data Firehose", .ingestion, .pipeline,
            "buffers records and delivers them to S3, Redshift or other sinks",
            [
                p(
                    "buffer",
                    .object([
                        p("size", .size, "buffer size before delivery (1MB to 128MB)"),
                        p("interval", .duration, "buffer interval before delivery (0s to 900s)"),
                    ]), "buffering hints"),
                p("convert-to", .oneOf(["parquet", "orc"]), "record format conversion"),
                p(
                    "compression-ratio", .number,
                    "raw bytes per byte of the columnar files it writes with convert-to (default 3) (extension)"),
                p(
                    "compression", .oneOf(["none", "gzip", "snappy", "zip", "hadoop-snappy"]),
                    "compression of delivered objects"),
                p("dynamic-partitioning", .bool, "partition delivered objects by record keys"),
            ]),
        ComponentType(
            "msk", "Amazon MSK", .ingestion, .pipeline, "managed Apache Kafka",
            [
                p("brokers", .count, "broker nodes"),
                p("broker-type", .string, "broker instance type, e.g. kafka.m5.large"),
                p("storage", .size, "storage per broker"),
                p("serverless", .bool, "MSK Serverless instead of provisioned brokers"),
                publiclyAccessible,
                p("partitions", .count, "partitions (serverless pricing, capacity)"),
                p("retention", .duration, "how long records are kept"),
                p("replication-factor", .count, "copies of each partition (MSK's default is 3) (extension)"),
                p(
                    "min-insync-replicas", .count,
                    "replicas that must acknowledge a write (MSK's default is 2) (extension)"),
            ]),
        ComponentType(
            "dms", "AWS Database Migration Service", .ingestion, .pipeline,
            "migrates databases with full load and change data capture",
            [
                p("instance-class", .string, "replication instance class, e.g. dms.r5.large"),
                multiAZ,
                p("migration", .oneOf(["full-load", "cdc", "full-load-and-cdc"]), "migration type"),
                publiclyAccessible,
                p("validation", .bool, "compare source and target rows"),
                p("storage", .size, "replication instance storage"),
                p("serverless", .bool, "DMS Serverless"),
                p(
                    "schema-conversion", .bool,
                    "the target's schema is converted from the source engine's (DMS Schema Conversion or AWS SCT) "
                        + "(extension)"),
            ]),
        ComponentType(
            "snowball", "AWS Snowball", .ingestion, .pipeline, "ships data on devices for bulk transfer",
            [
                p("devices", .count, "devices used"),
                p("device-type", .oneOf(["edge-storage-optimized", "edge-compute-optimized"]), "device model"),
                p("days-onsite", .count, "days each device stays on site"),
            ]),
        ComponentType(
            "eventbridge", "Amazon EventBridge", .ingestion, .pipeline, "routes events between services",
            [
                p("bus", .oneOf(["default", "custom", "partner"]), "event bus"),
                p("archive", .bool, "archive events for replay"),
            ]),

        // Processing
        ComponentType(
            "glue", "AWS Glue ETL", .processing, .pipeline, "serverless Spark, Python shell and streaming ETL jobs",
            [
                p("worker-type", .oneOf(["G.025X", "G.1X", "G.2X", "G.4X", "G.8X"]), "worker type"),
                p("workers", .count, "workers per run"),
                p("job-type", .oneOf(["spark", "streaming", "python-shell", "ray"]), "kind of job"),
                p("execution-class", .oneOf(["standard", "flex"]), "Flex runs non-urgent jobs on spare capacity"),
                p("bookmarks", .bool, "job bookmarks for incremental runs"),
                p(
                    "timeout", .duration,
                    "a run's time limit; Glue's default is 48h up to Glue 4.0, 8h from 5.0 (extension)"),
                p(
                    "auto-scaling", .bool,
                    "Glue Auto Scaling (3.0+): `workers` is the most a run uses; priced at all of them (extension)"),
            ] + batchRun),
        ComponentType(
            "emr", "Amazon EMR on EC2", .processing, .pipeline, "managed Spark, Hive, Presto and Flink clusters",
            [
                p("instance-type", .string, "EC2 instance type, e.g. m5.xlarge"),
                p("instances", .count, "instances in the cluster"),
                p("purchase", .oneOf(["on-demand", "spot"]), "purchase option"),
                publiclyAccessible,
                p(
                    "spot-discount", .number,
                    "with purchase: spot, the share of the On-Demand EC2 price you expect to save, e.g. 0.7"),
                hoursPerDay,
                p("auto-termination", .duration, "idle time before the cluster terminates"),
                p("managed-scaling", .bool, "EMR managed scaling resizes the cluster to its load (extension)"),
                p("hdfs-data", .bool, "keeps data in the cluster's HDFS beyond a run, rather than in S3 (extension)"),
            ] + batchRun),
        ComponentType(
            "emr-serverless", "Amazon EMR Serverless", .processing, .pipeline, "Spark and Hive without clusters",
            [
                p("vcpu", .number, "vCPUs in use while a run lasts"),
                p("memory", .size, "memory in use while a run lasts"),
                p("storage", .size, "ephemeral storage beyond the free 20 GB per worker"),
                p("architecture", .oneOf(["x86_64", "arm64"]), "processor architecture"),
            ] + batchRun),
        ComponentType(
            "lambda", "AWS Lambda", .processing, .pipeline, "functions run per event or batch",
            [
                p("memory", .size, "memory per function, e.g. 1024MB"),
                p("duration", .duration, "run time of one invocation"),
                p("architecture", .oneOf(["x86_64", "arm64"]), "processor architecture"),
                p("batch-size", .count, "records per invocation from a stream or queue"),
                p("concurrency", .count, "reserved or maximum concurrency"),
                p("timeout", .duration, "function timeout"),
                p("parallelization-factor", .count, "concurrent batches per Kinesis shard, 1 to 10 (extension)"),
                p(
                    "bisect-on-error", .bool,
                    "a failing stream batch is split in two and retried, isolating the bad record (extension)"),
                p(
                    "maximum-record-age", .duration,
                    "stream records older than this go to on-failure instead of being retried (extension)"),
            ]),
        ComponentType(
            "flink", "Amazon Managed Service for Apache Flink", .processing, .pipeline, "stateful stream processing",
            [
                p("kpu", .count, "Kinesis Processing Units"),
                p("checkpointing", .bool, "periodic checkpoints for exactly-once recovery"),
                p("watermarks", .bool, "event-time watermarks for late data"),
                p("parallelism", .count, "operator parallelism"),
            ]),
        ComponentType(
            "sagemaker", "Amazon SageMaker (training and processing)", .processing, .pipeline,
            "training and processing jobs",
            [
                p("instance-type", .string, "instance type, e.g. ml.m5.xlarge"),
                p("instances", .count, "instances per job"),
                hoursPerDay,
            ] + batchRun),
        ComponentType(
            "ecs-fargate", "Amazon ECS on AWS Fargate", .processing, .pipeline, "containers without servers",
            [
                p("vcpu", .number, "vCPUs per task"),
                p("memory", .size, "memory per task"),
                p("tasks", .count, "tasks running"),
                p("architecture", .oneOf(["x86_64", "arm64"]), "processor architecture"),
                hoursPerDay,
            ] + batchRun),
        ComponentType(
            "databrew", "AWS Glue DataBrew", .processing, .pipeline, "visual data preparation jobs",
            [
                p("nodes", .count, "nodes per job run")
            ] + batchRun),

        // Storage
        ComponentType(
            "s3", "Amazon S3", .storage, .pipeline, "object storage: the data lake",
            [
                p(
                    "storage-class",
                    .oneOf([
                        "standard", "intelligent-tiering", "standard-ia", "onezone-ia", "glacier-instant-retrieval",
                        "glacier-flexible-retrieval", "glacier-deep-archive", "express-one-zone",
                    ]), "default storage class"),
                p("versioning", .bool, "keep every version of an object"),
                p(
                    "lifecycle",
                    .anyOf([
                        .bool,
                        .object([
                            p("transition-after", .duration, "age at which objects move to a colder class"),
                            p(
                                "transition-to",
                                .oneOf([
                                    "standard-ia", "onezone-ia", "intelligent-tiering", "glacier-instant-retrieval",
                                    "glacier-flexible-retrieval", "glacier-deep-archive",
                                ]), "the colder class"),
                            p("expire-after", .duration, "age at which objects are deleted"),
                        ]),
                    ]), "lifecycle rules"),
                p(
                    "replication",
                    .object([
                        p(
                            "to", .anyOf([.componentName, .list(.componentName)]),
                            "the s3 component(s) objects are copied to"),
                        p("rtc", .bool, "Replication Time Control (15-minute SLA)"),
                    ]), "cross-region or same-region replication"),
                p("access-logging", .bool, "server access logs"),
                p("block-public-access", .bool, "S3 Block Public Access"),
                p("object-lock", .bool, "write-once-read-many retention"),
                p("retention", .duration, "how long data is kept (drives stored volume)"),
                p(
                    "table-format", .oneOf(["none", "iceberg", "hudi", "delta"]),
                    "transactional table format of the data written to it (extension)"),
                p(
                    "zone", .oneOf(["raw", "bronze", "silver", "gold", "curated", "archive", "logs"]),
                    "data-lake zone, or `logs` for a bucket that receives logs"),
                p("partitioned", .bool, "objects laid out in partitions (e.g. dt=...)"),
                p("compaction", .bool, "small objects are compacted into large ones on a schedule (extension)"),
                idempotent,
            ]),
        ComponentType(
            "dynamodb", "Amazon DynamoDB", .storage, .pipeline, "key-value and document tables",
            [
                p("capacity", .oneOf(["on-demand", "provisioned"]), "capacity mode"),
                p("rcu", .count, "provisioned read capacity units"),
                p("wcu", .count, "provisioned write capacity units"),
                p("pitr", .bool, "point-in-time recovery"),
                p("global-tables", .list(.region), "regions of global-table replicas"),
                p("item-size", .size, "average item size"),
                p(
                    "items", .count,
                    "items the table holds; with item-size, the size of a table written by key (extension)"),
                p("storage", .size, "table size"),
                p("ttl", .bool, "time to live on items"),
                p("deletion-protection", .bool, "refuse to delete the table"),
                p(
                    "auto-scaling", .bool,
                    "provisioned capacity follows the traffic (application auto scaling) (extension)"),
                idempotent,
            ]),
        ComponentType(
            "redshift", "Amazon Redshift (provisioned)", .storage, .pipeline, "the data warehouse on provisioned nodes",
            [
                p("node-type", .string, "node type, e.g. ra3.4xlarge"),
                p("nodes", .count, "nodes in the cluster"),
                p("pricing", .oneOf(["on-demand", "reserved"]), "on-demand or reserved nodes"),
                p("audit-logging", .bool, "connection and user activity logs"),
                p("distribution", .oneOf(["auto", "even", "key", "all"]), "distribution style of the main tables"),
                p("sort-keys", .bool, "sort keys defined on the main tables"),
                p("wlm", .oneOf(["auto", "manual"]), "workload management"),
                publiclyAccessible,
                p("hours-per-day", .number, "hours a day the warehouse is in use (extension)"),
                p(
                    "pause-resume", .bool,
                    "paused outside its `hours-per-day` by a pause and resume schedule, so billed only then (extension)"
                ),
                p("storage", .size, "managed storage (RA3)"),
                multiAZ,
                idempotent,
            ]),
        ComponentType(
            "redshift-serverless", "Amazon Redshift Serverless", .storage, .pipeline,
            "the data warehouse billed per RPU-hour",
            [
                p("base-rpu", .count, "base Redshift Processing Units"),
                p("max-rpu", .count, "maximum RPUs"),
                publiclyAccessible,
                hoursPerDay,
                p("storage", .size, "managed storage"),
                p("audit-logging", .bool, "connection and user activity logs"),
                idempotent,
            ]),
        ComponentType(
            "elasticache", "Amazon ElastiCache", .storage, .pipeline, "in-memory cache (Valkey, Redis OSS, Memcached)",
            [
                p("engine", .oneOf(["valkey", "redis", "memcached"]), "cache engine"),
                publiclyAccessible,
                p("node-type", .string, "node type, e.g. cache.r6g.large"),
                p("nodes", .count, "nodes"),
                multiAZ,
                idempotent,
            ]),
        ComponentType(
            "aurora-postgresql", "Amazon Aurora PostgreSQL", .storage, .pipeline, "relational database",
            [
                p("instance-class", .string, "instance class, e.g. db.r6g.xlarge"),
                p("instances", .count, "writer plus readers"),
                p("storage", .size, "database size"),
                p("io", .recordRate, "I/O requests per unit of time"),
                p("io-optimized", .bool, "Aurora I/O-Optimized configuration"),
                publiclyAccessible,
                multiAZ,
                p("backup-retention", .duration, "automated backup retention"),
                p(
                    "audit-logging", .bool,
                    "database activity logged (pgAudit or Database Activity Streams) (extension)"),
                idempotent,
            ]),
        ComponentType(
            "sagemaker-feature-store", "Amazon SageMaker Feature Store", .storage, .pipeline,
            "online and offline feature store",
            [
                p("online", .bool, "online store for low-latency reads"),
                p("offline", .bool, "offline store in S3"),
                p("item-size", .size, "average record size"),
                p("storage", .size, "online store size"),
                idempotent,
            ]),

        // Analytics
        ComponentType(
            "athena", "Amazon Athena", .analytics, .pipeline, "serverless SQL over S3",
            [
                p("queries", .recordRate, "queries per unit of time, e.g. 500/day"),
                p("scan-per-query", .size, "data scanned by one query"),
                p("scan-limit", .size, "workgroup limit on data scanned per query"),
            ]),
        ComponentType(
            "quicksight", "Amazon QuickSight", .analytics, .pipeline, "dashboards and BI",
            [
                p("edition", .oneOf(["standard", "enterprise"]), "edition"),
                p("authors", .count, "authors"),
                p("readers", .count, "readers"),
                p("spice", .size, "SPICE capacity"),
            ]),
        ComponentType("emr-studio", "Amazon EMR Studio", .analytics, .pipeline, "notebooks over EMR"),
        ComponentType(
            "sagemaker-endpoint", "Amazon SageMaker real-time endpoint", .analytics, .pipeline, "model serving",
            [
                p("instance-type", .string, "instance type, e.g. ml.m5.large"),
                p("instances", .count, "instances"),
                hoursPerDay,
                p("model-monitor", .bool, "SageMaker Model Monitor watches data quality and drift (extension)"),
            ]),

        // Orchestration
        ComponentType(
            "step-functions", "AWS Step Functions", .orchestration, .pipeline, "workflows of tasks",
            [
                p("workflow", .oneOf(["standard", "express"]), "workflow type"),
                p("transitions", .count, "state transitions per execution"),
                p("executions", .recordRate, "executions per unit of time"),
                p("duration", .duration, "run time of one execution (express)"),
                p("schedule", .schedule, "how often it runs"),
            ]),
        ComponentType(
            "mwaa", "Amazon Managed Workflows for Apache Airflow", .orchestration, .pipeline, "managed Airflow",
            [
                p(
                    "environment-class",
                    .oneOf(["mw1.micro", "mw1.small", "mw1.medium", "mw1.large", "mw1.xlarge", "mw1.2xlarge"]),
                    "environment class"),
                p("workers", .count, "workers beyond the environment's included one"),
                p("schedulers", .count, "schedulers beyond the included ones"),
                publiclyAccessible,
            ]),

        // Messaging
        ComponentType(
            "sqs", "Amazon SQS", .messaging, .pipeline, "message queues",
            [
                p("queue-type", .oneOf(["standard", "fifo"]), "queue type"),
                p("retention", .duration, "message retention (1min to 14d)"),
                p("visibility-timeout", .duration, "visibility timeout"),
            ]),
        ComponentType(
            "sns", "Amazon SNS", .messaging, .pipeline, "publish/subscribe topics",
            [
                p("topic-type", .oneOf(["standard", "fifo"]), "topic type")
            ]),

        // Governance
        ComponentType(
            "lake-formation", "AWS Lake Formation", .governance, .accountWide, "fine-grained access to the data lake",
            [
                p("column-level-access", .bool, "column- and row-level permissions"),
                p("tag-based-access", .bool, "LF-tag based access control"),
            ]),
        ComponentType(
            "glue-data-catalog", "AWS Glue Data Catalog", .governance, .pipeline, "metadata catalog and crawlers",
            [
                p("objects", .count, "tables, partitions and other catalog objects"),
                p("crawlers", .count, "crawlers"),
                p("crawler-duration", .duration, "run time of one crawler run"),
                p("schedule", .schedule, "how often crawlers run"),
            ]),
        ComponentType(
            "config", "AWS Config", .governance, .accountWide, "resource configuration history and rules",
            [
                p("rules", .count, "Config rules"),
                p("recording", .oneOf(["continuous", "daily"]), "recording frequency"),
            ]),

        // Security
        ComponentType(
            "kms", "AWS KMS", .security, .accountWide, "encryption keys",
            [
                p("keys", .count, "customer managed keys"),
                p("rotation", .bool, "automatic key rotation"),
            ]),
        ComponentType(
            "iam", "AWS IAM", .security, .accountWide, "identities and permissions",
            [
                p("least-privilege", .bool, "one scoped role per component")
            ]),
        ComponentType(
            "macie", "Amazon Macie", .security, .accountWide, "discovers sensitive data in S3",
            [
                p("buckets", .count, "buckets monitored"),
                p("inspected", .byteRate, "data inspected per unit of time"),
            ]),

        // Monitoring
        ComponentType(
            "cloudwatch", "Amazon CloudWatch", .monitoring, .accountWide, "metrics, alarms and logs",
            [
                p("metrics", .count, "custom metrics"),
                p("dashboards", .count, "dashboards"),
                p("log-ingestion", .byteRate, "logs ingested per unit of time"),
                p("log-retention", .duration, "retention of log groups"),
            ]),
        ComponentType(
            "cloudtrail", "AWS CloudTrail", .monitoring, .accountWide, "audit log of API calls",
            [
                p("trails", .count, "trails"),
                p("multi-region", .bool, "trail covers every region"),
                p("data-events", .bool, "S3 and Lambda data events"),
                p("log-validation", .bool, "log file integrity validation"),
            ]),
        ComponentType(
            "x-ray", "AWS X-Ray", .monitoring, .accountWide, "distributed tracing",
            [
                p("traces", .recordRate, "traces recorded per unit of time")
            ]),

        // Cost
        ComponentType("cost-explorer", "AWS Cost Explorer", .cost, .accountWide, "cost and usage analysis"),
        ComponentType(
            "budgets", "AWS Budgets", .cost, .accountWide, "budgets with alerts",
            [
                p("budgets", .count, "budgets"),
                p("alerts", .bool, "alerts on actual or forecast spend"),
                p("anomaly-detection", .bool, "Cost Anomaly Detection monitors"),
            ]),

        // Networking
        ComponentType(
            "route53", "Amazon Route 53", .networking, .accountWide, "DNS and health checks",
            [
                p("hosted-zones", .count, "hosted zones"),
                p("queries", .recordRate, "DNS queries per unit of time"),
                p("health-checks", .count, "health checks"),
                p("routing", .oneOf(["simple", "failover", "latency", "geolocation", "weighted"]), "routing policy"),
            ]),
        ComponentType(
            "direct-connect", "AWS Direct Connect", .networking, .pipeline, "a dedicated link to AWS",
            [
                p("bandwidth", .bandwidth, "port speed"),
                p("ports", .count, "ports"),
            ]),
    ])

    /// Each type with its position in `all`, by which rules test a component's type without hashing its name.
    private static func numbered(_ types: [ComponentType]) -> [ComponentType] {
        types.enumerated().map { ordinal, type in type.numbered(ordinal) }
    }

    private static let byName = Dictionary(all.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })

    public static func type(named name: String) -> ComponentType? { byName[name] }

    public static var names: [String] { all.map(\.name) }
}

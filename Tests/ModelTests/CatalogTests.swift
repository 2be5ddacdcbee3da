import Testing
@testable import Model

@Suite struct CatalogTests {
    /// The types of design-format.md's table, by category.
    static let specTypes: [Category: [String]] = [
        .source: ["web-app", "mobile-app", "pos", "iot-devices", "oracle", "teradata", "sql-server", "mysql", "postgresql", "hadoop", "informatica", "cognos", "external"],
        .ingestion: ["kinesis-data-streams", "firehose", "msk", "dms", "snowball", "eventbridge"],
        .processing: ["glue", "emr", "emr-serverless", "lambda", "flink", "sagemaker", "ecs-fargate", "databrew"],
        .storage: ["s3", "dynamodb", "redshift", "redshift-serverless", "elasticache", "aurora-postgresql", "sagemaker-feature-store"],
        .analytics: ["athena", "quicksight", "emr-studio", "sagemaker-endpoint"],
        .orchestration: ["step-functions", "mwaa"],
        .messaging: ["sqs", "sns"],
        .governance: ["lake-formation", "glue-data-catalog", "config"],
        .security: ["kms", "iam", "macie"],
        .monitoring: ["cloudwatch", "cloudtrail", "x-ray"],
        .cost: ["cost-explorer", "budgets"],
        .networking: ["route53", "direct-connect"],
    ]

    @Test func everyTypeOfTheSpecIsInTheCatalogWithItsCategory() {
        for (category, names) in Self.specTypes {
            for name in names {
                #expect(ComponentCatalog.type(named: name)?.category == category, "\(name)")
            }
        }
        #expect(ComponentCatalog.all.count == Self.specTypes.values.map(\.count).reduce(0, +))
    }

    /// Properties design-format.md documents, which a type must accept.
    @Test(arguments: [
        ("kinesis-data-streams", ["mode", "shards", "retention", "consumers"]),
        ("firehose", ["buffer", "convert-to", "compression"]),
        ("msk", ["brokers", "broker-type", "storage", "serverless"]),
        ("dms", ["instance-class", "multi-az", "migration", "validation"]),
        ("glue", ["worker-type", "workers", "duration", "schedule", "bookmarks"]),
        ("emr", ["instance-type", "instances", "purchase", "duration", "hours-per-day", "schedule"]),
        ("emr-serverless", ["vcpu", "memory", "duration", "schedule"]),
        ("lambda", ["memory", "duration", "architecture", "batch-size", "concurrency"]),
        ("flink", ["kpu", "checkpointing", "watermarks"]),
        ("s3", ["storage-class", "versioning", "lifecycle", "replication", "access-logging", "block-public-access", "object-lock"]),
        ("dynamodb", ["capacity", "rcu", "wcu", "pitr", "global-tables", "item-size"]),
        ("redshift", ["node-type", "nodes", "pricing", "audit-logging"]),
        ("redshift-serverless", ["base-rpu", "hours-per-day"]),
        ("step-functions", ["workflow", "transitions"]),
        ("oracle", ["emits", "size", "change-rate", "bandwidth"]),
        ("web-app", ["emits", "size", "change-rate", "bandwidth"]),
    ])
    func documentedPropertiesAreAccepted(type: String, properties: [String]) throws {
        let componentType = try #require(ComponentCatalog.type(named: type))
        for property in properties + ["region", "tags", "encryption", "on-failure", "retries", "usage", "suppress", "description"] {
            #expect(componentType.property(named: property) != nil, "\(type).\(property)")
        }
    }

    @Test func propertyNamesAreUniquePerType() {
        for type in ComponentCatalog.all {
            let names = type.allProperties.map(\.name)
            #expect(Set(names).count == names.count, "\(type.name)")
        }
    }
}

import Testing
@testable import Model

@Suite struct CatalogTests {
    /// The types of design-format.md's table, by category.
    static let specTypes: [Category: [String]] = [
        .source: [
            "web-app", "mobile-app", "pos", "iot-devices", "oracle", "teradata", "sql-server", "mysql", "postgresql",
            "hadoop", "informatica", "cognos", "external",
        ],
        .ingestion: ["kinesis-data-streams", "firehose", "msk", "dms", "snowball", "eventbridge"],
        .processing: ["glue", "emr", "emr-serverless", "lambda", "flink", "sagemaker", "ecs-fargate", "databrew"],
        .storage: [
            "s3", "dynamodb", "redshift", "redshift-serverless", "elasticache", "aurora-postgresql",
            "sagemaker-feature-store",
        ],
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

    @Test func everyTypeKnowsItsPlaceInTheCatalog() {
        #expect(ComponentCatalog.all.indices.allSatisfy { ComponentCatalog.all[$0].ordinal == $0 })
        #expect(ComponentCatalog.type(named: "s3")?.ordinal == ComponentCatalog.all.firstIndex { $0.name == "s3" })
        #expect(ComponentType("made-here", "Made here", .storage, .pipeline, "outside the catalog").ordinal == -1)
    }

    @Test(arguments: [
        ("true", true, Value.bool(true)), ("false", true, .bool(false)), ("True", true, nil), ("yes", true, nil),
        ("true", false, nil), ("truer", true, nil), ("", true, nil),
    ])
    func booleansAreThePlainWordsTrueAndFalse(text: String, plain: Bool, expected: Value?) {
        #expect(ValueKind.bool.parse(scalar: text, plain: plain) == expected)
    }

    @Test(arguments: [
        ("a", true), ("s3-raw-2", true), ("9lives", true), ("-a", false), ("A", false), ("a_b", false),
        ("é", false), ("aé", false), ("", false), ("a b", false),
    ])
    func componentNamesAreLowercaseLettersDigitsAndDashes(name: String, valid: Bool) {
        #expect(DesignNames.isValid(name) == valid)
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
        (
            "s3",
            [
                "storage-class", "versioning", "lifecycle", "replication", "access-logging", "block-public-access",
                "object-lock",
            ]
        ),
        ("dynamodb", ["capacity", "rcu", "wcu", "pitr", "global-tables", "item-size"]),
        ("redshift", ["node-type", "nodes", "pricing", "audit-logging"]),
        ("redshift-serverless", ["base-rpu", "hours-per-day"]),
        ("step-functions", ["workflow", "transitions"]),
        ("oracle", ["emits", "size", "change-rate", "bandwidth"]),
        ("web-app", ["emits", "size", "change-rate", "bandwidth"]),
    ])
    func documentedPropertiesAreAccepted(type: String, properties: [String]) throws {
        let componentType = try #require(ComponentCatalog.type(named: type))
        for property in properties + [
            "region", "tags", "encryption", "on-failure", "retries", "usage", "suppress", "description",
        ] {
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

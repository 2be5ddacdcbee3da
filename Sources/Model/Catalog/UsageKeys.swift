/// The figures each type's `usage:` may give, with their kinds: what the estimator would otherwise derive.
///
/// A count a month may be written as a rate (`2M/day`, `10/h`), multiplied out over the estimate's month; a
/// figure whose unit cannot mean its key's quantity (`storage: 2M/month`) is an error, as is an unknown key.
public enum UsageKeys {
    static func perMonth(_ name: String, _ what: String) -> PropertySpec {
        PropertySpec(name, .anyOf([.count, .recordRate]), "\(what) a month, or a rate such as 2M/day")
    }

    static let hours = PropertySpec("hours", .anyOf([.number, .duration]), "hours it runs a month, e.g. 100 or 100h")
    static let runs = perMonth("runs", "runs")
    static let storage = PropertySpec("storage", .size, "bytes stored on average over the month, e.g. 40TB")
    static let requests = perMonth("requests", "requests")

    /// Usage keys by type name; a type not listed takes none.
    public static let byType: [String: [PropertySpec]] = {
        var table: [String: [PropertySpec]] = [
            "kinesis-data-streams": [PropertySpec("shards", .count, "open shards, when the design does not give them")],
            "firehose": [perMonth("records", "records delivered")],
            "lambda": [requests],
            "glue": [hours, runs],
            "s3": [
                storage, perMonth("put-requests", "PUT, COPY, POST and LIST requests"),
                perMonth("get-requests", "GET requests"),
            ],
            "dynamodb": [storage, perMonth("writes", "writes"), perMonth("reads", "reads")],
            "sagemaker-feature-store": [perMonth("writes", "writes"), perMonth("reads", "reads")],
            "redshift": [storage],
            "aurora-postgresql": [storage],
            "redshift-serverless": [hours, runs, storage],
            "athena": [perMonth("queries", "queries")],
            "step-functions": [perMonth("executions", "executions"), runs],
            "sqs": [requests],
            "sns": [requests],
            "kms": [requests],
            "eventbridge": [perMonth("events", "events")],
            "snowball": [PropertySpec("extra-days", .count, "days past the job's included days")],
            "cloudtrail": [perMonth("data-events", "data events")],
            "config": [perMonth("evaluations", "rule evaluations")],
            "glue-data-catalog": [
                requests, PropertySpec("crawler-dpus", .count, "DPUs a crawler uses (default 2)"), runs,
            ],
        ]
        for type in ["emr", "emr-serverless", "databrew", "dms", "ecs-fargate", "sagemaker", "sagemaker-endpoint"] {
            table[type] = [hours, runs]
        }
        return table
    }()
}

import Diagnostics

/// Names people already use for a component type (CloudFormation's, the console's, the service's own), which an
/// unknown `type` is matched against before spelling and shared words, so that the hint names the type they meant.
public enum TypeAliases {
    /// A well-known name, lower-cased, to the type it means.
    public static let known: [String: String] = [
        "aws::kinesis::stream": "kinesis-data-streams", "kinesis": "kinesis-data-streams",
        "aws::kinesisfirehose::deliverystream": "firehose", "kinesis-firehose": "firehose",
        "data-firehose": "firehose", "delivery-stream": "firehose",
        "aws::msk::cluster": "msk", "kafka": "msk", "managed-kafka": "msk",
        "aws::dms::replicationtask": "dms", "aws::dms::replicationinstance": "dms", "database-migration-service": "dms",
        "aws::events::rule": "eventbridge", "cloudwatch-events": "eventbridge",
        "aws::glue::job": "glue", "aws::glue::crawler": "glue", "aws::glue::database": "glue-data-catalog",
        "aws::emr::cluster": "emr", "elastic-mapreduce": "emr", "aws::emrserverless::application": "emr-serverless",
        "aws::lambda::function": "lambda", "aws::serverless::function": "lambda",
        "aws::kinesisanalyticsv2::application": "flink", "kinesis-analytics": "flink", "managed-flink": "flink",
        "aws::s3::bucket": "s3", "bucket": "s3",
        "aws::dynamodb::table": "dynamodb", "aws::serverless::simpletable": "dynamodb", "dynamo": "dynamodb",
        "aws::redshift::cluster": "redshift", "aws::redshiftserverless::workgroup": "redshift-serverless",
        "aws::elasticache::replicationgroup": "elasticache", "redis": "elasticache",
        "aws::rds::dbcluster": "aurora-postgresql", "aurora": "aurora-postgresql", "rds": "aurora-postgresql",
        "aws::athena::workgroup": "athena", "aws::stepfunctions::statemachine": "step-functions",
        "aws::serverless::statemachine": "step-functions", "state-machine": "step-functions", "sfn": "step-functions",
        "aws::mwaa::environment": "mwaa", "airflow": "mwaa",
        "aws::sqs::queue": "sqs", "aws::sns::topic": "sns", "aws::kms::key": "kms",
        "aws::cloudtrail::trail": "cloudtrail", "aws::config::configurationrecorder": "config",
        "aws::lakeformation::datalakesettings": "lake-formation", "aws::budgets::budget": "budgets",
        "aws::sagemaker::endpoint": "sagemaker-endpoint", "aws::sagemaker::featuregroup": "sagemaker-feature-store",
    ]

    /// The type `name` most likely means: a known alias, else the nearest by spelling or shared words.
    public static func suggestion(for name: String, among types: [String]) -> String? {
        known[name.lowercased()] ?? Suggestion.closest(to: name, among: types)
    }
}

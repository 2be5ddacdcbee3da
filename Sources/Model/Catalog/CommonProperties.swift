/// Properties shared by every component, by flows, and by the design's top level.
public enum CommonProperties {
    public static let encryption = PropertySpec(
        "encryption",
        .object([
            PropertySpec(
                "at-rest", .oneOf(["none", "aws-owned", "s3", "kms", "kms-cmk"]),
                "server-side encryption of stored data"),
            PropertySpec("in-transit", .oneOf(["tls", "none"]), "encryption of data on the wire"),
        ]), "encryption at rest and in transit")

    public static let suppression = ValueKind.anyOf([
        .string,
        .object([
            PropertySpec("reason", .string, "why the rule does not apply (required)"),
            PropertySpec("until", .date, "the date after which the finding returns"),
        ]),
    ])

    /// Keys every component accepts, whatever its type.
    public static let component: [PropertySpec] = [
        PropertySpec("type", .string, "the component's type (required)"),
        PropertySpec("description", .string, "one line"),
        PropertySpec("region", .region, "overrides the design's region"),
        PropertySpec("tags", .map(.string), "merged over the design's tags"),
        encryption,
        PropertySpec("on-failure", .componentName, "component (usually sqs or sns) that receives what fails"),
        PropertySpec("retries", .count, "retry attempts before a record goes to on-failure"),
        PropertySpec(
            "usage", .object([]), "usage figures that override what the estimator derives; each type's keys are its own"
        ),
        PropertySpec("suppress", .map(suppression), "rule id to the reason it does not apply"),
        PropertySpec("pii", .bool, "holds personal data; taints everything downstream (extension)"),
        PropertySpec(
            "data-quality", .bool,
            "checks the data that passes through: Glue Data Quality rules on a job, a schema registry on a stream, "
                + "Feature Store's schema validation, a copy reconciled by row counts (extension beyond glue)"),
        PropertySpec(
            "alarms", .list(.string), "CloudWatch alarms on this component's metrics, e.g. [iterator-age] (extension)"),
        PropertySpec(
            "latency", .duration,
            "the latency budget of the paths that reach this component, in place of `requirements.latency` "
                + "(extension)"),
        PropertySpec(
            "rpo", .duration,
            "the recovery point objective of this component's data, in place of `requirements.rpo` (extension)"),
        PropertySpec(
            "masked", .bool, "personal fields are masked, tokenised or synthetic from here on (extension)"),
        PropertySpec(
            "classification", .oneOf(["public", "internal", "confidential", "restricted"]),
            "the data's classification (extension)"),
        PropertySpec("lineage", .bool, "records the lineage of what it reads and writes (extension)"),
    ]

    /// Keys a flow written as a map accepts.
    public static let flow: [PropertySpec] = [
        PropertySpec("from", .componentName, "the component data leaves (required)"),
        PropertySpec(
            "to", .anyOf([.componentName, .list(.componentName)]), "the component or components data reaches (required)"
        ),
        PropertySpec("rate", .recordRate, "records per unit of time"),
        PropertySpec("record-size", .size, "size of one record"),
        PropertySpec("volume", .byteRate, "bytes per unit of time"),
        PropertySpec("mode", .oneOf(["stream", "batch", "cdc", "full-load", "replication"]), "how data moves"),
        PropertySpec("schedule", .schedule, "for batch flows"),
        PropertySpec("format", .oneOf(["json", "csv", "avro", "parquet", "orc"]), "the data's format on this flow"),
        PropertySpec(
            "compression", .oneOf(["none", "gzip", "snappy", "zstd", "lz4"]), "compression on this flow (extension)"),
        PropertySpec(
            "compression-ratio", .number, "raw bytes per byte stored, for a parquet or orc flow (default 3) (extension)"
        ),
        PropertySpec("tls", .bool, "encrypted in transit"),
        PropertySpec("pii", .bool, "carries personal data (extension)"),
        PropertySpec("description", .string, "one line (extension)"),
    ]

    /// Keys of `requirements`.
    public static let requirements: [PropertySpec] = [
        PropertySpec("latency", .duration, "every path from a source to a sink must fit this budget"),
        PropertySpec("zero-downtime", .bool, "migrations from databases use full load plus CDC, with validation"),
        PropertySpec("residency", .list(.region), "no component stores or replicates data outside these regions"),
        PropertySpec("exactly-once", .bool, "stream processors checkpoint and sinks are idempotent"),
        PropertySpec("rpo", .duration, "recovery point objective"),
        PropertySpec("rto", .duration, "recovery time objective"),
        PropertySpec("budget", .money, "the estimate must not exceed it, e.g. 25000 USD/month"),
    ]

    /// Keys of the design's top level.
    public static let topLevel: [PropertySpec] = [
        PropertySpec("dataplan", .count, "format version: 1 (required)"),
        PropertySpec("name", .string, "the design's name (required)"),
        PropertySpec("description", .string, "one line"),
        PropertySpec("region", .region, "default region of every component (default us-east-1)"),
        PropertySpec("tags", .map(.string), "tags every component inherits"),
        PropertySpec("requirements", .object(requirements), "goals the rules hold the design to"),
        PropertySpec("components", .map(.string), "component name to definition (required)"),
        PropertySpec("flows", .list(.string), "data flows between components"),
        PropertySpec(
            "suppress", .map(suppression), "rule id to the reason it does not apply to this design (extension)"),
        PropertySpec(
            "alternatives", .map(.object(alternative)),
            "named variants of the workload for `dataplan compare` (extension)"),
        PropertySpec(
            "imported-from", .string,
            "the template `dataplan import` read the design from: a component whose usage it cannot derive needs "
                + "one rather than costing nothing (extension)"),
    ]

    /// One entry of `alternatives`.
    public static let alternative: [PropertySpec] = [
        PropertySpec("description", .string, "one line"),
        PropertySpec(
            "components", .map(.string),
            "component name to a full definition with `type` (replaces or adds) or the properties it changes "
                + "(patches)"),
    ]
}

/// The design `dataplan init` writes: small, valid, and clean under the bundled rules but for a few
/// notes that point at what to fill in next.
public enum StarterDesign {
    public static let schemaFile = "dataplan.schema.json"

    public static func text(name: String) -> String {
        """
        # yaml-language-server: $schema=./\(schemaFile)
        # A Dataplan design: components and the flows between them. `dataplan services` lists every
        # type and property; `dataplan check` lints this file; `dataplan explain RULE` explains a finding.
        dataplan: 1
        name: \(name)
        description: Events from a web app into a stream, archived to S3 as Parquet
        region: us-east-1
        tags: {project: \(name), environment: dev, team: data, cost-center: CC-0000}

        components:
          web:
            type: web-app
            emits: {rate: 1K/s, record-size: 1KB}
          events:
            type: kinesis-data-streams
            mode: on-demand
            retention: 7d
            encryption: {at-rest: kms}
            alarms: [iterator-age]
          archive:
            type: firehose
            buffer: {size: 128MB, interval: 300s}
            convert-to: parquet
            encryption: {at-rest: kms}
            alarms: [data-freshness]
          lake:
            type: s3
            versioning: true
            lifecycle: {transition-after: 90d, transition-to: glacier-instant-retrieval}
            access-logging: true
            classification: internal
            encryption: {at-rest: kms}
          audit: {type: cloudtrail, multi-region: true, log-validation: true}
          monitoring: {type: cloudwatch, log-retention: 30d}
          budget: {type: budgets, alerts: true, anomaly-detection: true}
          posture: {type: config}

        flows:
          - web -> events -> archive
          - {from: archive, to: lake, format: parquet, tls: true}

        """
    }
}

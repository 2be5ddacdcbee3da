/// The stress design: pipelines of eight components (source, stream, function, delivery, lake, job,
/// table, query) written the way a first draft is, so that most rules fire on most components (six
/// findings a component); each a sample's depth: inside a pipeline every stage feeds the next
/// and the one three on; four flows join each pipeline to the next one's entry points, so there
/// are twice as many flows as components and rates do not compound along thousands of hops.
func stressDesign(components count: Int) -> String {
    let kinds = [
        "{type: web-app, emits: {rate: 2K/s, record-size: 1KB}, pii: true}",
        "{type: kinesis-data-streams, mode: provisioned, shards: 2, retention: 24h, encryption: {at-rest: kms}}",
        "{type: lambda, memory: 512MB, duration: 100ms, batch-size: 100, on-failure: dlq}",
        "{type: firehose, buffer: {size: 64MB, interval: 60s}, convert-to: parquet}",
        "{type: s3, versioning: true, retention: 90d}",
        "{type: glue, worker-type: G.1X, workers: 2, duration: 10min, schedule: daily}",
        "{type: dynamodb, capacity: on-demand, pitr: true}",
        "{type: athena, queries: 1K/day, scan-per-query: 1GB}",
    ]
    var text = """
        dataplan: 1
        name: generated
        region: us-east-1
        tags: {project: bench, environment: prod, team: perf}
        requirements: {latency: 5s, residency: [us-east-1]}
        components:
          dlq: {type: sqs, encryption: {at-rest: kms}}

        """
    let stages = count - 1
    for index in 0..<stages {
        text += "  c\(index): \(kinds[index % kinds.count])\n"
    }
    text += "flows:\n"
    let size = kinds.count
    var flows = 0
    func flow(_ from: Int, _ to: Int, batch: Bool = false) {
        guard from < stages, to < stages, flows < 2 * count - 2 else { return }
        text += batch ? "  - {from: c\(from), to: c\(to), mode: batch}\n" : "  - c\(from) -> c\(to)\n"
        flows += 1
    }
    for first in stride(from: 0, to: stages, by: size) {
        for stage in 0..<(size - 1) {
            flow(first + stage, first + stage + 1, batch: stage >= 4)
        }
        for stage in 0..<(size - 3) {
            flow(first + stage, first + stage + 3, batch: stage >= 2)
        }
        let next = first + size
        flow(first, next + 1)
        flow(first + 2, next + 3)
        flow(first + 4, next + 7, batch: true)
        flow(first + 5, next + 6, batch: true)
    }
    return text
}

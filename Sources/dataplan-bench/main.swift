import Foundation
import YAMLLoader
import Model
import Analysis
import Pricing
import Reporting
import DataplanKit

// Prints how long each stage takes on generated designs of 100, 1,000 and 10,000 components (the
// samples' shapes, twice as many flows as components), next to libyaml's own parse of the same
// bytes (the floor), and a run over a folder of 1,000 sample-sized designs.
// Run: swift run -c release dataplan-bench

/// Components in the shapes of the samples, repeated; flows chain each pipeline and fan out.
func generatedDesign(components count: Int) -> String {
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
    for index in 0..<(count - 1) {
        text += "  c\(index): \(kinds[index % kinds.count])\n"
    }
    text += "flows:\n"
    let last = count - 1
    for index in 0..<last {
        for step in [1, 3] {
            let to = index + step
            text += to < last && index % kinds.count != 7 ? "  - c\(index) -> c\(to)\n" : "  - {from: c\(index % max(1, last - 8)), to: c\(index % max(1, last - 8) + 8 < last ? index % max(1, last - 8) + 8 : 0), mode: batch}\n"
        }
    }
    return text
}

func milliseconds<T>(_ body: () -> T) -> (T, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let result = body()
    return (result, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
}

let catalog = RuleCatalog.bundled()
let engine = RuleEngine(rules: catalog.rules, settings: RuleSettings(today: "2026-01-01"))
let estimator = Estimator(book: RateBook.bundled())
let limits = LoaderLimits(maxFileBytes: 1 << 30, maxDepth: 64, maxNodes: 50_000_000)

print("dataplan-bench: \(catalog.rules.count) rules, \(ProcessInfo.processInfo.activeProcessorCount) cores")
print(" components   flows  libyaml    load   model   graph   rules  pricing  report   total  total/libyaml  (ms)")
for count in [100, 1_000, 10_000] {
    let bytes = Array(generatedDesign(components: count).utf8)
    let (_, floor) = milliseconds { ParseFloor.countEvents(bytes) }
    let (document, load) = milliseconds { YAMLLoader(limits: limits).load(bytes, file: "generated.yaml") }
    let (design, model) = milliseconds { DesignReader(limits: DesignLimits(maxComponents: 1_000_000, maxFlows: 2_000_000)).read(document).design }
    guard let design else { fatalError("the generated design does not read") }
    let (graph, graphTime) = milliseconds { DesignGraph(design) }
    let (run, rules) = milliseconds { engine.run(on: graph) }
    let (estimate, pricing) = milliseconds { estimator.estimate(graph, path: "generated.yaml") }
    let (_, reporting) = milliseconds { () -> Int in
        let file = FileReport(path: "generated.yaml", designName: design.name, source: nil, diagnostics: run.diagnostics, findings: run.findings)
        let check = JSONCheckReporter.report(CheckReport(files: [file]), options: .plain)
        let cost = CostOutputFormat.json.render(CostReport(entries: [.init(file: file, estimate: estimate, budget: nil)]), options: .plain)
        return check.count + cost.count
    }
    let total = load + model + graphTime + rules + pricing + reporting
    print(String(format: "%11d %7d %8.1f %7.1f %7.1f %7.1f %7.1f %8.1f %7.1f %7.1f %14.1f",
                 count, design.flows.count, floor, load, model, graphTime, rules, pricing, reporting, total, total / floor))
}

let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dataplan-bench-\(ProcessInfo.processInfo.processIdentifier)")
try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
let samples = (try? FileManager.default.contentsOfDirectory(atPath: "Samples"))?.filter { $0.hasSuffix(".yaml") }.sorted() ?? []
if samples.isEmpty {
    print("(run from the repository's root to time a folder of 1,000 sample-sized designs)")
} else {
    for index in 0..<1_000 {
        let sample = samples[index % samples.count]
        try? FileManager.default.copyItem(atPath: "Samples/\(sample)", toPath: folder.appendingPathComponent("\(index)-\(sample)").path)
    }
    let settings = CheckSettings(today: "2026-01-01")
    let (report, folderTime) = milliseconds { CheckRunner().run(paths: [folder.path], settings: settings) }
    print(String(format: "folder of %d sample designs: check %.1f ms (%d findings)", report.files.count, folderTime, report.activeFindings.count))
}
try? FileManager.default.removeItem(at: folder)

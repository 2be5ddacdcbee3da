import Foundation
import YAMLLoader
import Model
import Analysis

// Prints how long each stage takes on generated designs of N components and 2N flows, at N and 2N,
// so that linear growth (a ratio near 2) can be read off. Run: swift run -c release dataplan-benchmark

/// A design of `count` components in repeating pipeline shapes and `2 × count` flows, as YAML text.
func generatedDesign(components count: Int) -> String {
    let kinds = [
        "{type: web-app, emits: {rate: 2K/s, record-size: 1KB}, pii: true}",
        "{type: kinesis-data-streams, mode: provisioned, shards: 2, retention: 24h}",
        "{type: lambda, memory: 512MB, duration: 100ms, batch-size: 100}",
        "{type: firehose, buffer: {size: 64MB, interval: 60s}}",
        "{type: s3, versioning: true}",
        "{type: glue, worker-type: G.1X, workers: 2, schedule: daily}",
        "{type: dynamodb, capacity: on-demand}",
        "{type: athena}",
    ]
    var text = """
        dataplan: 1
        name: generated
        region: us-east-1
        tags: {project: bench, environment: prod, team: perf}
        requirements: {latency: 5s, residency: [us-east-1], zero-downtime: true}
        components:

        """
    for index in 0..<count {
        text += "  c\(index): \(kinds[index % kinds.count])\n"
    }
    text += "flows:\n"
    var flows = 0
    var index = 0
    while flows < 2 * count {
        let from = index % count
        let step = flows % 2 == 0 ? 1 : 3
        let to = from + step
        if to < count, from % kinds.count != 7 {
            text += "  - c\(from) -> c\(to)\n"
        } else {
            text += "  - {from: c\(from % (count - 8)), to: c\(from % (count - 8) + 8), mode: batch}\n"
        }
        flows += 1
        if flows % 2 == 0 { index += 1 }
    }
    return text
}

func measure<T>(_ body: () -> T) -> (T, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let result = body()
    return (result, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
}

let catalog = RuleCatalog.bundled()
let engine = RuleEngine(rules: catalog.rules, settings: RuleSettings(today: "2026-01-01"))
let limits = LoaderLimits(maxFileBytes: 1 << 30, maxDepth: 64, maxNodes: 50_000_000)
print("rules: \(catalog.rules.count)")
print("components  flows    load ms   model ms   rules ms   findings")
var previous: [Double]?
for count in [10_000, 20_000] {
    let text = generatedDesign(components: count)
    let (document, load) = measure { YAMLLoader(limits: limits).load(text, file: "generated.yaml") }
    let (graph, model) = measure { () -> DesignGraph? in
        DesignReader().read(document).design.map { DesignGraph($0) }
    }
    guard let graph else {
        print("the generated design does not read: \(DesignReader().read(document).diagnostics.prefix(3))")
        exit(1)
    }
    let (run, rules) = measure { engine.run(on: graph) }
    let times = [load, model, rules]
    print(String(format: "%10d %6d %10.1f %10.1f %10.1f %10d", count, graph.design.flows.count, load, model, rules, run.findings.count))
    if let previous {
        print(String(format: "ratio at double size: load %.2f, model %.2f, rules %.2f (2.0 is linear)",
                     times[0] / previous[0], times[1] / previous[1], times[2] / previous[2]))
    }
    previous = times
}

import Foundation
import YAMLLoader
import Model
import Analysis
import Pricing
import Reporting
import DataplanKit
import Parallel

// Prints how long each stage takes on designs of 100, 1,000 and 10,000 components made of the
// samples (twice as many flows as components), next to libyaml's own parse of the same bytes (the
// floor); then the same for a stress design on which most rules fire; then `check` and `cost` over
// a folder of 1,000 sample-sized designs.
// Run from the repository's root: swift run -c release dataplan-bench
// Profile one stage: dataplan-bench --profile floor|load|load-pipelined|load-sequential|model|graph|rules|pricing|check-report|cost-report|whole [--repeat N]
// [--size COMPONENTS] [--design mix|stress] repeats that stage on one generated design (10,000
// components of the sample mix unless told), for perf or callgrind, and prints its time per run.
// A run ends when its result is made, as the commands exit then: what it hands to
// `BackgroundRelease` is freed between runs, untimed.
// dataplan-bench --emit [COMPONENTS] [--design mix|stress] prints the generated design.
// dataplan-bench --rounds prints, under each size's line, every round's parse, two parses at
// once, whole run and ratios.

func milliseconds<T>(_ body: () -> T) -> (T, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let result = body()
    return (result, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
}

ProcessMemory.keepFreedMemory()
let catalog = RuleCatalog.bundled()
let engine = RuleEngine(rules: catalog.rules, settings: RuleSettings(today: "2026-01-01"))
let estimator = Estimator(book: RateBook.bundled())
let limits = LoaderLimits(maxFileBytes: 1 << 30, maxDepth: 64, maxNodes: 50_000_000)
let designLimits = DesignLimits(maxComponents: 1_000_000, maxFlows: 2_000_000)

let arguments = CommandLine.arguments

/// The word after `option` on the command line, if the option is given with one.
func value(of option: String) -> String? {
    arguments.firstIndex(of: option).flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
}

let samplesFolder = FileManager.default.fileExists(atPath: "Samples")
    ? "Samples" : URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Samples").standardized.path
guard let sampleMix = SampleMixDesign(folder: samplesFolder) else {
    print("dataplan-bench: no samples in \(samplesFolder); run it from the repository's root")
    exit(2)
}
let designKind = value(of: "--design") ?? "mix"

/// The design to time: the sample mix, or the stress design with `--design stress`.
func generatedDesign(components count: Int, kind: String = designKind) -> String {
    kind == "stress" ? stressDesign(components: count) : sampleMix.text(components: count)
}
let profiledStage = value(of: "--profile")
let repeats = value(of: "--repeat").flatMap { Int($0) } ?? 10
let profiledSize = value(of: "--size").flatMap { Int($0) } ?? 10_000

if arguments.contains("--emit") {
    print(generatedDesign(components: value(of: "--emit").flatMap { Int($0) } ?? 10_000), terminator: "")
    exit(0)
}

let pipeline = DesignPipeline(limits: limits, designLimits: designLimits).droppingTrees

/// The check report of `file`, as `dataplan check` makes it.
func checkReport(_ file: FileReport) -> CheckReport {
    CheckReport(files: [file])
}

/// The cost report of `file` priced at `estimate`, as `dataplan cost` makes it.
func costReport(_ file: FileReport, _ estimate: DesignEstimate) -> CostReport {
    CostReport(entries: [.init(file: file, estimate: estimate, budget: nil)])
}

/// A check report in JSON, as `dataplan check --format json` writes it.
func json(_ report: CheckReport) -> [UInt8] {
    JSONCheckReporter.reportUTF8(report, options: .plain)
}

/// A cost report in JSON, as `dataplan cost --format json` writes it.
func json(_ report: CostReport) -> [UInt8] {
    CostOutputFormat.json.renderUTF8(report, options: .plain)
}

/// Check and cost of a design's bytes as the commands run them, timed as one: read through
/// `DesignPipeline` (loaded, modelled, graphed, the file's report made), checked, priced and
/// reported in JSON, the tree, then the design, then the reports handed to the release thread
/// as `check` and `cost` do; gives the reports' size.
func wholeRun(_ bytes: [UInt8]) -> Int {
    guard let loaded = pipeline.load(bytes, path: "generated.yaml"), loaded.graph != nil else {
        fatalError("the generated design does not read")
    }
    let check: CheckReport, cost: CostReport
    do {
        let run = engine.run(on: loaded.graph!)
        let estimate = estimator.estimate(loaded.graph!, path: "generated.yaml")
        var file = loaded.report
        pipeline.release(consume loaded)
        file.diagnostics += run.diagnostics
        file.findings = run.findings
        (check, cost) = (checkReport(file), costReport(file, estimate))
    }
    let size = json(check).count + json(cost).count
    RunEnd.drop(consume check)
    RunEnd.drop(consume cost)
    return size
}

if let stage = profiledStage {
    let bytes = Array(generatedDesign(components: profiledSize).utf8)
    let document = YAMLLoader(limits: limits).load(bytes, file: "generated.yaml")
    guard let design = DesignReader(limits: designLimits).read(document).design else {
        fatalError("the generated design does not read")
    }
    let graph = DesignGraph(design)
    let run = engine.run(on: graph)
    let estimate = estimator.estimate(graph, path: "generated.yaml")
    let file = FileReport(path: "generated.yaml", designName: design.name, source: nil, diagnostics: run.diagnostics, findings: run.findings)
    let stages: [String: () -> Int] = [
        "load": { YAMLLoader(limits: limits).load(bytes, file: "generated.yaml").diagnostics.count },
        "load-pipelined": { YAMLLoader(limits: limits, splittingThreshold: .max).load(bytes, file: "generated.yaml").diagnostics.count },
        "load-sequential": {
            YAMLLoader(limits: limits, pipeliningThreshold: .max, splittingThreshold: .max).load(bytes, file: "generated.yaml").diagnostics.count
        },
        "floor": { ParseFloor.countEvents(bytes) ?? 0 },
        "model": { DesignReader(limits: designLimits).read(document).diagnostics.count },
        "graph": { DesignGraph(design).topologicalOrder.count },
        "rules": { engine.run(on: graph).findings.count },
        "pricing": { estimator.estimate(graph, path: "generated.yaml").components.count },
        "check-report": { json(checkReport(file)).count },
        "cost-report": { json(costReport(file, estimate)).count },
        "whole": { wholeRun(bytes) },
    ]
    guard let body = stages[stage] else {
        print("unknown stage '\(stage)'; one of: \(stages.keys.sorted().joined(separator: ", "))")
        exit(2)
    }
    var result = 0
    var time = 0.0
    for _ in 0..<repeats {
        let (value, runTime) = milliseconds(body)
        (result, time) = (value, time + runTime)
        BackgroundRelease.drain()
    }
    print(String(format: "%@: %.1f ms a run over %d runs (result %d)", stage, time / Double(repeats), repeats, result))
    exit(0)
}

print("dataplan-bench: \(catalog.rules.count) rules, \(ProcessInfo.processInfo.activeProcessorCount) cores")
/// Each stage's time, in milliseconds, for one run over a design's bytes.
struct StageTimes {
    var floor = 0.0, load = 0.0, model = 0.0, graph = 0.0, rules = 0.0, pricing = 0.0, reporting = 0.0
    /// The stages one after another, as timed one by one.
    var total: Double { load + model + graph + rules + pricing + reporting }
    /// Check and cost of the design's bytes as `dataplan` runs them (`wholeRun`), timed as one.
    var whole = 0.0
    /// Two parses of the bytes at once, one a core, just before `whole`: about `floor` when the
    /// machine gives both cores, up to twice it when the second is taken (`twoParsesAtOnce`).
    var twoParses = 0.0

    /// Each stage's best of two sets of times: the least noise a busy machine adds.
    func best(_ other: StageTimes) -> StageTimes {
        StageTimes(floor: min(floor, other.floor), load: min(load, other.load), model: min(model, other.model),
                   graph: min(graph, other.graph), rules: min(rules, other.rules), pricing: min(pricing, other.pricing),
                   reporting: min(reporting, other.reporting), whole: min(whole, other.whole),
                   twoParses: min(twoParses, other.twoParses))
    }
}

/// The time of two libyaml parses of `bytes` at once, each on a core of its own: on two free cores
/// no longer than one parse, on a machine whose second core is busy up to twice as long. The whole
/// run uses both cores and the floor one, so this tells a round in which the ratio of the two
/// measured the machine from one in which it measured Dataplan.
func twoParsesAtOnce(_ bytes: [UInt8]) -> Double {
    milliseconds { Concurrently.both(sharing: true, { ParseFloor.countEvents(bytes) }, { ParseFloor.countEvents(bytes) }) }.1
}

/// Times every stage once over `bytes`, then two parses at once and the whole run; also gives the
/// flow and finding counts.
func timeStages(_ bytes: [UInt8]) -> (StageTimes, flows: Int, findings: Int, reportBytes: Int) {
    var times = StageTimes()
    (_, times.floor) = milliseconds { ParseFloor.countEvents(bytes) }
    let (document, load) = milliseconds { YAMLLoader(limits: limits).load(bytes, file: "generated.yaml") }
    let (design, model) = milliseconds { DesignReader(limits: designLimits).read(document).design }
    guard let design else { fatalError("the generated design does not read") }
    let (graph, graphTime) = milliseconds { DesignGraph(design) }
    let (run, rules) = milliseconds { engine.run(on: graph) }
    let (estimate, pricing) = milliseconds { estimator.estimate(graph, path: "generated.yaml") }
    let (reportBytes, reporting) = milliseconds { () -> Int in
        let file = FileReport(path: "generated.yaml", designName: design.name, source: nil, diagnostics: run.diagnostics, findings: run.findings)
        return json(checkReport(file)).count + json(costReport(file, estimate)).count
    }
    (times.load, times.model, times.graph, times.rules, times.pricing, times.reporting) = (load, model, graphTime, rules, pricing, reporting)
    BackgroundRelease.drain()
    times.twoParses = twoParsesAtOnce(bytes)
    (_, times.whole) = milliseconds { wholeRun(bytes) }
    BackgroundRelease.drain()
    return (times, design.flows.count, run.findings.count, reportBytes)
}

let runsPerSize = 5
let showsRounds = arguments.contains("--rounds")
print("each stage's best of \(runsPerSize) runs; paired: the median of the \(runsPerSize) runs' whole ÷ libyaml, each measured in the same round, and their range;")
print("2 parses: the median of the rounds' two parses at once ÷ libyaml, near 1 when the machine gives both cores, up to 2 when it gives one")
print(" components   flows  libyaml    load   model   graph   rules  pricing  report   total  total/libyaml   whole  whole/libyaml  paired   range  2 parses   (ms)")
for (count, kind) in [(100, "mix"), (1_000, "mix"), (10_000, "mix"), (10_000, "stress")] {
    if kind == "stress" { print("stress design (most rules fire on most components):") }
    let bytes = Array(generatedDesign(components: count, kind: kind).utf8)
    var (times, flows, findings, reportBytes) = timeStages(bytes)
    var rounds = [times]
    for _ in 1..<runsPerSize {
        let round = timeStages(bytes).0
        rounds.append(round)
        times = times.best(round)
    }
    let paired = rounds.map { $0.whole / $0.floor }.sorted()
    let secondCore = rounds.map { $0.twoParses / $0.floor }.sorted()
    print(String(format: "%11d %7d %8.1f %7.1f %7.1f %7.1f %7.1f %8.1f %7.1f %7.1f %14.1f %7.1f %14.1f %7.1f %3.1f–%3.1f %9.2f   %d findings, %.1f MB of JSON",
                 count, flows, times.floor, times.load, times.model, times.graph, times.rules, times.pricing, times.reporting,
                 times.total, times.total / times.floor, times.whole, times.whole / times.floor,
                 paired[runsPerSize / 2], paired[0], paired[runsPerSize - 1], secondCore[runsPerSize / 2],
                 findings, Double(reportBytes) / 1e6))
    if showsRounds {
        for (number, round) in rounds.enumerated() {
            print(String(format: "      round %d: libyaml %.1f, two parses at once %.1f (%.2f), whole %.1f (%.2f)",
                         number + 1, round.floor, round.twoParses, round.twoParses / round.floor, round.whole, round.whole / round.floor))
        }
    }
}

let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dataplan-bench-\(ProcessInfo.processInfo.processIdentifier)")
try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
let samples = (try? FileManager.default.contentsOfDirectory(atPath: samplesFolder))?.filter { $0.hasSuffix(".yaml") }.sorted() ?? []
do {
    for index in 0..<1_000 {
        let sample = samples[index % samples.count]
        try? FileManager.default.copyItem(atPath: "\(samplesFolder)/\(sample)", toPath: folder.appendingPathComponent("\(index)-\(sample)").path)
    }
    let settings = CheckSettings(today: "2026-01-01")
    var times: [Double] = []
    var report = CheckReport(files: [])
    for _ in 0..<runsPerSize {
        let (result, time) = milliseconds { CheckRunner().run(paths: [folder.path], settings: settings) }
        report = result
        times.append(time)
    }
    print(String(format: "folder of %d sample designs: check best %.1f ms, worst %.1f ms of %d runs (%d findings)",
                 report.files.count, times.min()!, times.max()!, runsPerSize, report.activeFindings.count))
    var costTimes: [Double] = []
    var priced = 0
    for _ in 0..<runsPerSize {
        let (result, time) = milliseconds { CostRunner().run(paths: [folder.path]) }
        priced = result.entries.filter { $0.estimate != nil }.count
        costTimes.append(time)
    }
    print(String(format: "                               cost best %.1f ms, worst %.1f ms of %d runs (%d designs priced)",
                 costTimes.min()!, costTimes.max()!, runsPerSize, priced))
}
try? FileManager.default.removeItem(at: folder)

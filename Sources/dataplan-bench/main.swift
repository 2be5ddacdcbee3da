import Foundation
import DataplanKit
import Reporting
import YAMLLoader
import Model

// Times the three targets of docs/performance.md on this machine, each the best of five runs:
// 1. `dataplan check` of one sample, the release binary as a user runs it: under 30 ms;
// 2. `dataplan check` and `dataplan cost` of a folder of 1,000 sample-size designs: under 1 s each;
// 3. `check` and `cost` of one design of 1,000, 10,000 and 20,000 components (copies of the samples, twice as many
//    flows as components), in the process: under 1 s at 10,000, and about linear.
// Run from the repository's root: swift build -c release && swift run -c release dataplan-bench
// `dataplan-bench --emit N` prints the generated N-component design, to measure with callgrind or perf.

/// The best of `runs` timings of `body`, in milliseconds.
func bestMilliseconds(runs: Int = 5, _ body: () -> Void) -> Double {
    var best = Double.infinity
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    return best
}

let arguments = CommandLine.arguments
let samples =
    FileManager.default.fileExists(atPath: "Samples")
    ? "Samples"
    : URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().appendingPathComponent("../../Samples").standardized.path
guard let mix = SampleMixDesign(folder: samples) else {
    print("dataplan-bench: no samples in \(samples); run it from the repository's root")
    exit(2)
}
if let index = arguments.firstIndex(of: "--emit") {
    let count = arguments.indices.contains(index + 1) ? Int(arguments[index + 1]) ?? 10_000 : 10_000
    print(mix.text(components: count), terminator: "")
    exit(0)
}

/// The `dataplan` built beside this benchmark.
let binary = URL(fileURLWithPath: arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    .appendingPathComponent("dataplan").path

/// Runs the binary with `arguments`, its output thrown away: `posix_spawn` and `waitpid`, as a shell runs it
/// (Foundation's `Process` adds its own run-loop wait to every run).
func dataplan(_ arguments: [String]) {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([binary] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid = pid_t()
    guard posix_spawn(&pid, binary, &actions, nil, argv, environ) == 0 else { return }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
}

func line(_ what: String, _ milliseconds: Double, target: Double) {
    let verdict = milliseconds < target ? "met" : "NOT MET"
    print(
        "\(what.padding(toLength: 58, withPad: " ", startingAt: 0)) \(String(format: "%8.1f", milliseconds)) ms   "
            + "target < \(Int(target)) ms: \(verdict)"
    )
}

print("dataplan-bench: best of 5 runs each, \(ProcessInfo.processInfo.activeProcessorCount) cores\n")
guard FileManager.default.isExecutableFile(atPath: binary) else {
    print("no dataplan at \(binary): swift build -c release first")
    exit(2)
}

// 1. One design, as a user runs it.
let sample = "\(samples)/ecommerce-realtime.yaml"
line("check of one sample (ecommerce-realtime)", bestMilliseconds { dataplan(["check", sample]) }, target: 30)

// 2. A folder of 1,000 sample-size designs: the samples, copied over and over.
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dataplan-bench-\(UUID().uuidString)")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }
let sampleFiles = try FileManager.default.contentsOfDirectory(atPath: samples).filter { $0.hasSuffix(".yaml") }.sorted()
for copy in 0..<1_000 {
    let name = sampleFiles[copy % sampleFiles.count]
    try FileManager.default.copyItem(
        atPath: "\(samples)/\(name)", toPath: folder.appendingPathComponent("\(copy)-\(name)").path)
}
line(
    "check of a folder of 1,000 sample-size designs", bestMilliseconds { dataplan(["check", folder.path]) },
    target: 1_000)
line(
    "cost of a folder of 1,000 sample-size designs", bestMilliseconds { dataplan(["cost", folder.path]) }, target: 1_000
)

// 3. One large design, in the process: load, model, graph, rules, pricing and report, as the commands run them.
let settings = CheckSettings(today: "2026-01-01")
let limits = LoaderLimits(maxFileBytes: 1 << 30, maxDepth: 64, maxNodes: 50_000_000)
let pipeline = DesignPipeline(limits: limits, designLimits: DesignLimits(maxComponents: 1_000_000, maxFlows: 2_000_000))
var times: [Int: (check: Double, cost: Double)] = [:]
for size in [1_000, 10_000, 20_000] {
    let file = folder.appendingPathComponent("generated-\(size).yaml")
    try mix.text(components: size).write(to: file, atomically: true, encoding: .utf8)
    let check = bestMilliseconds {
        let report = CheckRunner(pipeline: pipeline).run(paths: [file.path], settings: settings)
        _ = JSONCheckReporter.report(report, options: .plain)
    }
    let cost = bestMilliseconds {
        let report = CostRunner(pipeline: pipeline).run(paths: [file.path])
        _ = CostOutputFormat.json.render(report, options: .plain)
    }
    times[size] = (check, cost)
    line(
        "check of one design of \(size.formatted()) components (JSON report)", check,
        target: size <= 10_000 ? 1_000 : 2_000)
    line(
        "cost of one design of \(size.formatted()) components (JSON report)", cost,
        target: size <= 10_000 ? 1_000 : 2_000)
}
if let small = times[1_000], let large = times[10_000], let largest = times[20_000] {
    print(
        String(
            format:
                "\nlinear: check 10,000 ÷ 1,000 = %.1f×, 20,000 ÷ 10,000 = %.1f×; cost %.1f× and %.1f× (about 10× "
                + "and 2× is linear)",
            large.check / small.check, largest.check / large.check, large.cost / small.cost, largest.cost / large.cost))
}

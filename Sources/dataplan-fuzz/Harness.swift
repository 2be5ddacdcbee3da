#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import YAMLLoader
import Model
import Analysis
import Pricing

// The fuzz harness: bytes through load, model (alternatives too), graph, rules and pricing, as
// `dataplan check`, `cost` and `compare` take a file.
// Package.swift declares this target only when DATAPLAN_FUZZ=1 (see .ci/fuzz). SwiftPM links an
// executable's entry point as `<target>_main`; here that entry hands over to libFuzzer's driver,
// which calls `fuzzOneInput` for every input. To replay an input, run the harness with the file
// as its argument.

/// The rules, read once: the harness measures the pipeline, not reading the catalog.
let fuzzEngine = RuleEngine(rules: RuleCatalog.bundled().rules, settings: RuleSettings(today: "2026-01-01"))

/// The bundled rate tables, read once.
let fuzzEstimator = Estimator(book: RateBook.bundled())

/// Limits small enough that one input stays fast, large enough to reach every stage.
let fuzzLimits = LoaderLimits(maxFileBytes: 1 << 20, maxDepth: 64, maxNodes: 200_000)

typealias FuzzCallback = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: FuzzCallback
) -> CInt

@_cdecl("dataplan_fuzz_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    // Read the catalog before the first input, or LeakSanitizer takes its one-time allocations for a leak.
    _ = fuzzEngine.rules.count
    _ = fuzzEstimator.book.tables.count
    return runFuzzerDriver(&count, &arguments, fuzzOneInput)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let document = YAMLLoader(limits: fuzzLimits).load(bytes, file: "fuzz.yaml")
    if let root = document.root {
        for alternative in Alternatives.read(root, file: "fuzz.yaml").alternatives {
            let variant = LoadedDocument(file: "fuzz.yaml", root: alternative.root, diagnostics: [])
            if let design = DesignReader().read(variant).design {
                _ = fuzzEstimator.estimate(DesignGraph(design), path: "fuzz.yaml")
            }
        }
    }
    guard let design = DesignReader().read(document).design else { return 0 }
    let graph = DesignGraph(design)
    _ = graph.cycleDiagnostics
    _ = fuzzEngine.run(on: graph)
    _ = fuzzEstimator.estimate(graph, path: "fuzz.yaml")
    return 0
}

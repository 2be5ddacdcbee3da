// swift-tools-version:6.0
import PackageDescription
import Foundation

/// `.ci/fuzz` builds with DATAPLAN_FUZZ=1: the stages are instrumented for coverage and AddressSanitizer,
/// and only the harness links libFuzzer (the EmbedData build tool must stay a plain executable).
let fuzzing = ProcessInfo.processInfo.environment["DATAPLAN_FUZZ"] == "1"
let instrumented: [SwiftSetting] = fuzzing ? [.unsafeFlags(["-sanitize=fuzzer,address"])] : []

/// Stages, each its own module; imports only point down:
/// dataplan (CLI) -> DataplanKit -> Reporting -> Analysis, Pricing -> Model -> YAMLLoader -> CYAML, all over Diagnostics
/// and Parallel; CloudFormation (templates read as designs) sits beside Model over YAMLLoader.
/// Rules/ is built into the binary by the EmbedData plugin (target BundledRules).
let package = Package(
    name: "dataplan",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dataplan", targets: ["dataplan"]),
        .library(name: "DataplanKit", targets: ["DataplanKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "Diagnostics", swiftSettings: instrumented),
        .target(name: "Parallel"),
        .target(name: "YAMLLoader", dependencies: ["CYAML", "Diagnostics", "Parallel"], swiftSettings: instrumented),
        .target(name: "Model", dependencies: ["YAMLLoader", "Diagnostics", "Parallel"], swiftSettings: instrumented),
        .executableTarget(name: "embed-data"),
        .plugin(
            name: "EmbedDataPlugin", capability: .buildTool(), dependencies: ["embed-data"],
            path: "Plugins/EmbedDataPlugin"),
        .target(name: "BundledRules", plugins: ["EmbedDataPlugin"]),
        .target(
            name: "Analysis", dependencies: ["Model", "YAMLLoader", "Diagnostics", "BundledRules", "Parallel"],
            swiftSettings: instrumented),
        .target(name: "BundledPricing", plugins: ["EmbedDataPlugin"]),
        .target(name: "BundledMappings", exclude: ["CloudFormation"], plugins: ["EmbedDataPlugin"]),
        .target(
            name: "CloudFormation", dependencies: ["Model", "YAMLLoader", "Diagnostics", "BundledMappings"],
            swiftSettings: instrumented),
        .target(
            name: "Pricing", dependencies: ["Parallel", "Model", "YAMLLoader", "Diagnostics", "BundledPricing"],
            swiftSettings: instrumented),
        .target(name: "Reporting", dependencies: ["Analysis", "Pricing", "Model", "Diagnostics", "Parallel"]),
        .target(
            name: "DataplanKit",
            dependencies: [
                "Reporting", "Analysis", "Pricing", "CloudFormation", "Model", "YAMLLoader", "Diagnostics", "Parallel",
            ]),
        .executableTarget(name: "dataplan-bench", dependencies: ["DataplanKit", "Reporting", "Model", "YAMLLoader"]),
        .executableTarget(
            name: "dataplan",
            dependencies: [
                "DataplanKit", "Reporting", "Analysis", "Pricing", "Model", "YAMLLoader", "Diagnostics",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What tests need from outside the repository (optional tools, ../shared), found in one place.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "ParallelTests", dependencies: ["Parallel"]),
        .testTarget(name: "YAMLLoaderTests", dependencies: ["YAMLLoader", "Diagnostics", "TestSupport"]),
        .testTarget(name: "ModelTests", dependencies: ["Model"]),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis"]),
        .testTarget(name: "PricingTests", dependencies: ["Pricing"]),
        .testTarget(
            name: "CloudFormationTests",
            dependencies: ["CloudFormation", "Model", "YAMLLoader", "Diagnostics", "TestSupport"],
            exclude: ["Fixtures", "Golden"]),
        .testTarget(
            name: "ReportingTests",
            dependencies: ["Reporting", "Analysis", "DataplanKit", "CloudFormation", "TestSupport"],
            exclude: ["Fixtures", "Golden"]),
        .testTarget(
            name: "DataplanKitTests", dependencies: ["DataplanKit", "Analysis", "Reporting", "TestSupport"],
            exclude: ["Golden", "Fixtures"]),
        .testTarget(name: "CLITests", dependencies: ["dataplan", "DataplanKit", "CloudFormation", "TestSupport"]),
    ]
)

if fuzzing {
    package.targets.append(
        .executableTarget(
            name: "dataplan-fuzz",
            dependencies: ["Analysis", "Pricing", "Model", "YAMLLoader"],
            swiftSettings: [.unsafeFlags(["-sanitize=fuzzer,address", "-parse-as-library"])],
            linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])]
        ))
}

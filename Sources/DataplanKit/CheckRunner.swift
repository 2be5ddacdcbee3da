import Reporting

/// Runs `dataplan check` over paths: discovers the files and checks each one, in a stable order.
public struct CheckRunner: Sendable {
    public var pipeline: DesignPipeline

    public init(pipeline: DesignPipeline = DesignPipeline()) {
        self.pipeline = pipeline
    }

    public func run(paths: [String]) -> CheckReport {
        let files = FileDiscovery.candidates(for: paths).compactMap { pipeline.load($0)?.report }
        return CheckReport(files: files)
    }
}

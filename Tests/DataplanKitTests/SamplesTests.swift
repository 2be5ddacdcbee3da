import Foundation
import Testing
import TestSupport
import Model
@testable import DataplanKit

@Suite struct SamplesTests {
    static let sampleFiles: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Repository.samples.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }()

    @Test func theSeedScenariosAndThreeMoreAreThere() {
        for name in [
            "ecommerce-realtime.yaml", "financial-migration.yaml", "multi-region-lake.yaml",
            "lambda-architecture.yaml", "ml-feature-store.yaml", "nightly-batch-etl.yaml",
        ] {
            #expect(Self.sampleFiles.contains(name), "\(name)")
        }
    }

    @Test(arguments: sampleFiles)
    func everySampleIsAValidDesign(name: String) throws {
        let loaded = try #require(
            DesignPipeline().load(.init(path: Repository.samples.appendingPathComponent(name).path, explicit: true)))
        #expect(loaded.report.diagnostics.isEmpty, "\(loaded.report.diagnostics)")
        #expect(loaded.design != nil)
        #expect(loaded.graph?.cycles.isEmpty == true)
    }

    @Test func betweenThemEveryCategoryOfTheServicesMapIsUsed() {
        var used: Set<Model.Category> = []
        for name in Self.sampleFiles {
            let loaded = DesignPipeline().load(
                .init(path: Repository.samples.appendingPathComponent(name).path, explicit: true))
            for component in loaded?.design?.components ?? [] { used.insert(component.category) }
        }
        #expect(used == Set(Model.Category.allCases), "missing: \(Set(Model.Category.allCases).subtracting(used))")
    }

    @Test func theEcommerceStreamCarriesTheSumOfItsProducers() throws {
        let loaded = try #require(
            DesignPipeline().load(
                .init(path: Repository.samples.appendingPathComponent("ecommerce-realtime.yaml").path, explicit: true)))
        let graph = try #require(loaded.graph)
        let design = try #require(loaded.design)
        let events = try #require(design.index(of: "events"))
        #expect(graph.inbound[events].rate?.value == 100_000)
        #expect(graph.inbound[events].volume?.value == 100_000_000)
        let lake = try #require(design.index(of: "lake"))
        #expect(graph.inbound[lake].rate?.value == 100_000)
    }
}

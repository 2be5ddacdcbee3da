import Testing
@testable import Analysis
@testable import Model

/// The index rules find their subjects in: catalog types grouped by their place in the catalog,
/// types made outside it by name, every list in file order.
@Suite struct ComponentIndexTests {
    private static func component(_ name: String, _ type: ComponentType) -> Component {
        Component(
            name: name, mark: .start, type: type, region: "us-east-1", tags: [:], properties: [:], suppressions: [])
    }

    @Test func membersComeInFileOrderWhetherTheirTypeIsTheCatalogsOrNot() throws {
        let s3 = try #require(ComponentCatalog.type(named: "s3")),
            lambda = try #require(ComponentCatalog.type(named: "lambda"))
        // Made outside the catalog: one with a catalog type's name, one with a name of its own.
        let ownS3 = ComponentType("s3", "S3 (a pack's)", .storage, .pipeline, "")
        let widget = ComponentType("widget", "Widget", .processing, .pipeline, "")
        let components = [
            Self.component("a", s3), Self.component("b", ownS3), Self.component("c", lambda),
            Self.component("d", s3), Self.component("e", widget),
        ]
        let design = Design(
            file: "d.yaml", name: "d", description: nil, region: "us-east-1", tags: [:],
            requirements: Requirements(properties: [:], mark: nil), components: components, flows: [],
            topLevelMarks: [:])
        let index = ComponentIndex(design)
        #expect(index.members(types: ["s3"], categories: []) == [0, 1, 3])
        #expect(index.members(types: ["widget"], categories: []) == [4])
        #expect(index.members(types: ["lambda", "widget"], categories: []) == [2, 4])
        #expect(index.members(types: [], categories: [.storage]) == [0, 1, 3])
        #expect(
            index.members(types: [], categories: [.processing])
                == index.members(types: ["lambda", "widget"], categories: []))
        #expect(index.members(types: ["no-such-type"], categories: []) == [])
        #expect(index.typeOrdinals == [s3.ordinal, -1, lambda.ordinal, s3.ordinal, -1])
        #expect(index.categories == [.storage, .storage, lambda.category, .storage, .processing])
    }
}

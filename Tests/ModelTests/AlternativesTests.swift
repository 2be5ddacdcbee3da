import Diagnostics
import Testing
import YAMLLoader
@testable import Model

/// `alternatives`: each a full design made from the base and its changes, errors at its own lines.
@Suite struct AlternativesTests {
    static let base = """
        dataplan: 1
        name: t
        components:
          src: {type: web-app, emits: {rate: 1K/s, record-size: 1KB}}
          stream: {type: kinesis-data-streams, mode: provisioned, shards: 4, retention: 24h}
        flows:
          - src -> stream
        alternatives:

        """

    static func read(_ alternatives: String) -> (designs: [String: Design], diagnostics: [Diagnostic]) {
        let document = YAMLLoader().load(base + alternatives, file: "d.yaml")
        let root = document.root!
        let (alternatives, problems) = Alternatives.read(root, file: "d.yaml")
        var designs: [String: Design] = [:]
        var diagnostics = problems
        for alternative in alternatives {
            let reading = DesignReader().read(LoadedDocument(file: "d.yaml", root: alternative.root, diagnostics: []))
            designs[alternative.name] = reading.design
            diagnostics += reading.diagnostics
        }
        return (designs, diagnostics)
    }

    /// A component set to `null` is removed, and so are the flows that reach it.
    @Test func aComponentSetToNullIsRemovedWithItsFlows() throws {
        let (designs, diagnostics) = Self.read(
            "  direct:\n    components:\n      stream: null\n      lake: {type: s3}\n")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let design = try #require(designs["direct"])
        #expect(design.component(named: "stream") == nil)
        #expect(design.components.map(\.name) == ["src", "lake"])
        #expect(design.flows.isEmpty)
    }

    @Test func aChainLosesOnlyTheRemovedStage() {
        let entry = YAMLNode(.scalar(YAMLScalar("a -> b -> c -> d")), at: Mark(line: 3, column: 5))
        #expect(Alternatives.flowsAvoiding(["c"], in: entry).compactMap { $0.scalar?.value } == ["a -> b"])
        #expect(Alternatives.flowsAvoiding(["b"], in: entry).compactMap { $0.scalar?.value } == ["c -> d"])
        #expect(Alternatives.flowsAvoiding(["x"], in: entry).compactMap { $0.scalar?.value } == ["a -> b -> c -> d"])
    }

    @Test func anEntryWithATypeReplacesTheComponentWhole() throws {
        let (designs, diagnostics) = Self.read("  msk:\n    components:\n      stream: {type: msk, brokers: 3}\n")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let stream = try #require(designs["msk"]?.component(named: "stream"))
        #expect(stream.type.name == "msk")
        #expect(stream.property("shards") == nil)
        #expect(stream.property("brokers")?.value.decimal == 3)
        #expect(designs["msk"]?.flows.count == 1, "flows are the base's")
    }

    @Test func anEntryWithoutATypePatchesKeyByKeyAndNullRemoves() throws {
        let (designs, diagnostics) = Self.read(
            "  on-demand:\n    components:\n      stream: {mode: on-demand, shards: null}\n")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let stream = try #require(designs["on-demand"]?.component(named: "stream"))
        #expect(stream.type.name == "kinesis-data-streams")
        #expect(stream.property("mode")?.value.string == "on-demand")
        #expect(stream.property("shards") == nil)
        #expect(stream.property("retention")?.value.decimal == 86_400, "untouched keys are the base's")
    }

    @Test func aNewNameAddsAComponent() throws {
        let (designs, diagnostics) = Self.read("  archived:\n    components:\n      archive: {type: s3}\n")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(designs["archived"]?.components.map(\.name) == ["src", "stream", "archive"])
    }

    @Test func anErrorInAnAlternativePointsAtTheLineItWrote() throws {
        let (_, diagnostics) = Self.read("  bad:\n    components:\n      stream:\n        shard: 8\n")
        let error = try #require(diagnostics.first)
        #expect(error.location.line == 12 && error.location.column == 9, "\(error)")
        #expect(error.message.contains("unknown property 'shard'"))
    }

    @Test(arguments: [
        ("  base:\n    components: {}\n", "'base' names the design as written"),
        ("  x: 3\n", "must be a mapping"),
        ("  x:\n    description: d\n", "needs `components`"),
        ("  x:\n    components: {stream: 4}\n", "must be a mapping"),
        ("  x:\n    component: {}\n", "unknown key 'component'"),
    ])
    func aMalformedAlternativeSaysWhatIsWrong(text: String, message: String) {
        let (_, diagnostics) = Self.read(text)
        #expect(diagnostics.contains { $0.message.contains(message) }, "\(diagnostics)")
    }

    @Test func moreThanAHundredAlternativesAreRefused() {
        let many = (0...Alternatives.maxCount).map { "  a\($0):\n    components: {stream: {shards: \($0 + 1)}}\n" }
            .joined()
        let (designs, diagnostics) = Self.read(many)
        #expect(designs.isEmpty)
        #expect(diagnostics.first?.message.contains("over the limit") == true, "\(diagnostics)")
        #expect(diagnostics.first?.location.line == 8)
    }

    @Test func theBaseDesignIgnoresItsAlternatives() {
        let reading = readDesign(Self.base + "  msk:\n    components:\n      stream: {type: msk}\n")
        #expect(reading.diagnostics.isEmpty)
        #expect(reading.design?.component(named: "stream")?.type.name == "kinesis-data-streams")
    }
}

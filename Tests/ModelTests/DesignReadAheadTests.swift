import Foundation
import Testing
import Diagnostics
import YAMLLoader
@testable import Model

/// Components and flows read while the file loads are used only where they are what reading the
/// final tree gives; the outcome, diagnostics and their order included, is always the tree's.
@Suite struct DesignReadAheadTests {
    /// The design's reading from the tree alone, and with what was read ahead, and the read-ahead itself.
    static func readBothWays(_ text: String, pipelining: Bool = false) -> (plain: DesignReading, ahead: DesignReading, readAhead: DesignReadAhead) {
        let limits = DesignLimits(maxComponents: 100_000, maxFlows: 100_000)
        let loader = YAMLLoader(pipeliningThreshold: pipelining ? 0 : .max)
        let plain = DesignReader(limits: limits).read(loader.load(text, file: "r.yaml"))
        let readAhead = DesignReadAhead(file: "r.yaml", limits: limits)
        let ahead = DesignReader(limits: limits).read(loader.load(text, file: "r.yaml", watcher: readAhead), readAhead: readAhead)
        return (plain, ahead, readAhead)
    }

    /// Everything a reading gives, as lines: equal lines, equal readings.
    static func dump(_ reading: DesignReading) -> [String] {
        var lines = reading.diagnostics.map { "\($0.severity) \($0.location.line):\($0.location.column) \($0.message)" }
        if let design = reading.design {
            lines.append("design \(design.name) \(design.region) \(design.tags.sorted { $0.key < $1.key })")
            for component in design.components {
                lines.append("component \(component.name) \(component.mark) \(component.type.name) \(component.region) "
                             + "\(component.tags.sorted { $0.key < $1.key }) \(component.properties.keys.sorted()) "
                             + "\(component.suppressions.map(\.rule)) \(component.stated)")
            }
            for flow in design.flows {
                lines.append("flow \(flow.label) \(flow.mark) \(flow.properties.keys.sorted()) \(flow.stated)")
            }
        }
        return lines
    }

    /// Both readings agree, and the read-ahead was `expected` to be used or not; `region` and
    /// `tags` are the design's when it is not valid.
    static func expectSameReading(_ text: String, readAhead expected: Bool, region: String = "us-east-1", tags: [String: String] = [:],
                                  sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for pipelining in [false, true] {
            let (plain, ahead, readAhead) = readBothWays(text, pipelining: pipelining)
            #expect(dump(ahead) == dump(plain), sourceLocation: sourceLocation)
            #expect(ahead.design?.components.map(\.properties) == plain.design?.components.map(\.properties), sourceLocation: sourceLocation)
            #expect(ahead.design?.flows.map(\.properties) == plain.design?.flows.map(\.properties), sourceLocation: sourceLocation)
            if let root = YAMLLoader().load(text, file: "r.yaml").root?.mapping,
               let components = root.first(where: { $0.key.scalar?.value == "components" }) {
                let region = plain.design?.region ?? region, tags = plain.design?.tags ?? tags
                let used = readAhead.components(of: components, designRegion: region, designTags: tags) != nil
                #expect(used == expected, "read ahead used: \(used)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func everySampleReadsTheSameAhead() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Samples").standardized
        let samples = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(samples.count >= 9)
        for sample in samples {
            let text = try String(contentsOf: folder.appendingPathComponent(sample), encoding: .utf8)
            #expect(Self.readBothWays(text).ahead.design != nil, "\(sample)")
            Self.expectSameReading(text, readAhead: true)
        }
    }

    @Test func aDesignOfManyBatchesWithErrorsReadsTheSameAhead() {
        var text = "dataplan: 1\nname: big\nregion: eu-west-1\ntags: {team: t}\ncomponents:\n"
        for index in 0..<1_000 {
            text += index % 97 == 5 ? "  c\(index): {type: s3, colour: blue}\n" : "  c\(index): {type: s3, versioning: true, tags: {n: '\(index)'}}\n"
        }
        text += "flows:\n"
        for index in 0..<999 {
            text += index % 89 == 7 ? "  - c\(index) -> nowhere\n" : "  - {from: c\(index), to: c\(index + 1), mode: batch}\n"
        }
        let reading = Self.readBothWays(text).ahead
        #expect(reading.diagnostics.count == 11 + 12)
        #expect(reading.diagnostics.map(\.location.line) == reading.diagnostics.map(\.location.line).sorted())
        Self.expectSameReading(text, readAhead: true, region: "eu-west-1", tags: ["team": "t"])
        let valid = text.replacingOccurrences(of: "colour: blue", with: "versioning: true").replacingOccurrences(of: "nowhere", with: "c0")
        #expect(Self.readBothWays(valid).ahead.design?.flows.count == 999)
        Self.expectSameReading(valid, readAhead: true)
    }

    @Test func aRegionOrTagsWrittenAfterTheComponentsAreReadFromTheTree() {
        let components = "components:\n  a: {type: s3}\n  b: {type: sqs, region: us-west-2}\n"
        Self.expectSameReading("dataplan: 1\nname: n\n\(components)region: eu-west-1\n", readAhead: false)
        Self.expectSameReading("dataplan: 1\nname: n\n\(components)tags: {team: t}\n", readAhead: false)
        Self.expectSameReading("dataplan: 1\nname: n\n\(components)region: us-east-1\n", readAhead: true)
        Self.expectSameReading("dataplan: 1\nname: n\nregion: eu-west-1\ntags: {team: t}\n\(components)", readAhead: true)
    }

    @Test func flowsWrittenBeforeTheComponentsAreReadFromTheTree() {
        Self.expectSameReading("dataplan: 1\nname: n\nflows: [a -> b, a -> c]\ncomponents:\n  a: {type: s3}\n  b: {type: sqs}\n", readAhead: true)
    }

    @Test func componentsFromAnAliasOrAMergeKeyAreReadFromTheTree() {
        Self.expectSameReading("dataplan: 1\nname: n\nx-c: &c {a: {type: s3}}\ncomponents: *c\n", readAhead: false)
        Self.expectSameReading("dataplan: 1\nname: n\nbase: &b {a: {type: s3}}\ncomponents:\n  <<: *b\n  z: {type: sqs}\n", readAhead: false)
        Self.expectSameReading("dataplan: 1\nname: n\nbase: &b {components: {a: {type: s3}}}\n<<: *b\n", readAhead: false)
    }

    @Test func brokenComponentsAndFlowsGiveTheTreesDiagnostics() {
        Self.expectSameReading("dataplan: 1\nname: n\ncomponents:\n  A: {type: s3}\n  b: [1]\n  c: {type: nope}\n  d: {region: x}\n"
                               + "flows:\n  - [x]\n  - b ->\n  - {from: d}\n  - {from: c, to: [c, b, q]}\n", readAhead: true)
        Self.expectSameReading("dataplan: 1\nname: n\ncomponents: [a, b]\nflows: {a: b}\n", readAhead: false)
    }
}

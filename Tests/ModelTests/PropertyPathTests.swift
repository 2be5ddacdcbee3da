import Testing
import Diagnostics
@testable import Model

/// Dotted paths are walked part by part, as a path split at its dots is.
@Suite struct PropertyPathTests {
    private static func value(_ value: Value) -> PropertyValue {
        PropertyValue(value, text: "", keyMark: .start, mark: .start)
    }

    private static let flow = Flow(
        from: "a", to: "b", mark: .start,
        properties: [
            "mode": value(.string("batch")),
            "encryption": value(
                .object(["at-rest": value(.string("kms")), "key": value(.object(["rotation": value(.bool(true))]))])),
        ])

    @Test(arguments: [
        "mode", "encryption.at-rest", "encryption.key.rotation", "encryption.key", "encryption.missing",
        "missing.at-rest", "mode.at-rest", "encryption.key.rotation.deeper",
        "encryption.key.a-rather-long-name-of-a-part",
    ])
    func aDottedPathFindsWhatItsPartsFind(path: String) {
        let walked = Self.flow.property(path)
        let split = Self.flow.property(parts: path.split(separator: ".").map(String.init))
        #expect(walked?.value == split?.value)
    }

    @Test(arguments: [
        "mode", "encryption.at-rest", "encryption.key.rotation", "encryption.key", "encryption.missing",
        "missing.at-rest", "mode.at-rest", "encryption.key.rotation.deeper", "",
    ])
    func aPathReadInPlaceFindsWhatACopyFinds(path: String) {
        let parts = path.isEmpty ? [] : path.split(separator: ".").map(String.init)
        // Against the dotted path's own walker, which shares no code with the reading in place.
        let walked = path.isEmpty ? nil : Self.flow.property(path)
        #expect(Self.flow.withProperty(parts: parts) { $0 } == walked)
        #expect(Self.flow.withProperty(parts: parts) { $0 == nil } == (walked == nil))
    }

    @Test func nestedValuesAreFound() {
        #expect(Self.flow.property("encryption.key.rotation")?.value == .bool(true))
        #expect(Self.flow.property("encryption.at-rest")?.value == .string("kms"))
        #expect(Self.flow.property("mode.at-rest") == nil)
    }
}

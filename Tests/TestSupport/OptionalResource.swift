import Foundation

/// Something a test needs from outside the repository: a tool on PATH, a Python module or a folder of ../shared.
///
/// A test that needs one is marked `.enabled(if: OptionalResource.xmllint.isAvailable, "needs xmllint …")`, so a
/// fresh clone skips it and says why. `DATAPLAN_REQUIRE_ALL=1` (set by .ci/run) runs it anyway, so that a missing
/// resource fails the run; `DATAPLAN_HIDE_OPTIONAL=1` reports every resource absent, to rehearse a fresh clone.
public struct OptionalResource: Sendable {
    /// What a person installs or places to provide it.
    public let name: String
    /// True when it was found and is not hidden.
    public let isPresent: Bool

    /// Whether a test that needs it should run: when present, or when the run requires everything.
    public var isAvailable: Bool { Self.requireAll || isPresent }

    public static let requireAll = ProcessInfo.processInfo.environment["DATAPLAN_REQUIRE_ALL"] == "1"
    public static let hideOptional = ProcessInfo.processInfo.environment["DATAPLAN_HIDE_OPTIONAL"] == "1"

    init(name: String, found: () -> Bool) {
        self.name = name
        self.isPresent = !Self.hideOptional && found()
    }

    public static let xmllint = tool("xmllint", package: "libxml2-utils")
    public static let graphviz = tool("dot", package: "graphviz")
    public static let rsvgConvert = tool("rsvg-convert", package: "librsvg2-bin")
    /// Python 3 with jsonschema and PyYAML, which validate the JSON Schema, SARIF and designs as an editor would.
    public static let pythonJSONSchema = OptionalResource(name: "python3 with jsonschema and pyyaml") {
        guard let result = try? ExternalTool.run(["python3", "-c", "import jsonschema, yaml"]) else { return false }
        return result.status == 0
    }
    public static let yamlTestSuite = sharedFolder("corpora/yaml-test-suite")
    public static let schemas = sharedFolder("schemas")
    public static let cloudFormationTemplates = sharedFolder("corpora/cfn-templates")
    public static let tidy = tool("tidy", package: "tidy")
    public static let chromium = tool("chromium", package: "chromium")

    /// Every resource, for the check that a run requiring them all has them all.
    public static let all: [OptionalResource] = [
        xmllint, graphviz, rsvgConvert, pythonJSONSchema, yamlTestSuite, schemas, cloudFormationTemplates, tidy,
        chromium,
    ]

    static func tool(_ command: String, package: String) -> OptionalResource {
        OptionalResource(name: "\(command) on PATH (Debian: \(package))") { ExternalTool.isOnPath(command) }
    }

    static func sharedFolder(_ relative: String) -> OptionalResource {
        OptionalResource(name: "../shared/\(relative) beside the repository") {
            var isFolder: ObjCBool = false
            let path = Repository.shared.appendingPathComponent(relative).path
            return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
        }
    }
}

/// Folders of the repository, found from this file's own path.
public enum Repository {
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    public static let samples = root.appendingPathComponent("Samples")
    /// The project's shared material (corpora, schemas), when it sits beside the repository.
    public static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
}

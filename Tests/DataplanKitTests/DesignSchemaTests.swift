import Foundation
import Testing
import TestSupport
@testable import Reporting
import DataplanKit

/// The generated JSON Schema accepts what the model accepts and rejects type and enum mistakes,
/// checked with Python's jsonschema (draft 2020-12) as an editor would.
@Suite(.enabled(if: OptionalResource.pythonJSONSchema.isAvailable, "needs python3 with jsonschema and pyyaml"))
struct DesignSchemaTests {
    /// Validates each YAML file against the schema; one line per file, "ok" or the first error.
    static let validator = """
        import json, sys, yaml, jsonschema
        class Loader(yaml.SafeLoader):
            pass
        # YAML 1.2, as yaml-language-server reads it: dates stay strings.
        Loader.yaml_implicit_resolvers = {
            k: [r for r in v if r[0] != 'tag:yaml.org,2002:timestamp']
            for k, v in Loader.yaml_implicit_resolvers.items()}
        schema = json.load(open(sys.argv[1]))
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema)
        for path in sys.argv[2:]:
            errors = sorted(validator.iter_errors(yaml.load(open(path), Loader=Loader)), key=lambda e: list(e.path))
            print("ok" if not errors else "invalid: " + "/".join(map(str, errors[0].path)))
        """

    static func validate(_ files: [String]) throws -> [String] {
        let schema = try ExternalTool.temporaryFile(DesignSchema.render(), extension: "json")
        defer { try? FileManager.default.removeItem(atPath: schema) }
        let result = try ExternalTool.run(["python3", "-c", validator, schema] + files)
        #expect(result.status == 0, "\(result.output)")
        return result.output.split(separator: "\n").map(String.init)
    }

    @Test func everySampleAndTheStarterDesignAreValid() throws {
        let samples = SamplesTests.sampleFiles.map { Repository.samples.appendingPathComponent($0).path }
        let starter = try ExternalTool.temporaryFile(StarterDesign.text(name: "starter"), extension: "yaml")
        defer { try? FileManager.default.removeItem(atPath: starter) }
        #expect(try Self.validate(samples + [starter]) == Array(repeating: "ok", count: samples.count + 1))
    }

    @Test func whatTheModelRejectsTheSchemaRejectsToo() throws {
        let base = "dataplan: 1\nname: t\ncomponents:\n"
        let cases = [
            base + "  a: {type: s4}\n",
            base + "  a: {type: kinesis-data-streams, mode: provisional}\n",
            base + "  a: {type: kinesis-data-streams, shard: 4}\n",
            base + "  a: {type: kinesis-data-streams, retention: 7days}\n",
            base + "  a: {type: s3, encryption: {at-rest: plain}}\n",
            "dataplan: 2\nname: t\ncomponents:\n  a: {type: s3}\n",
            base + "  a: {type: s3}\nflows:\n  - a => b\n",
        ]
        for text in cases {
            #expect(
                DesignPipeline().load(Array(text.utf8), path: "case.yaml")?.report.hasErrors == true,
                "the model accepts \(text)")
        }
        let files = try cases.map { try ExternalTool.temporaryFile($0, extension: "yaml") }
        defer { files.forEach { try? FileManager.default.removeItem(atPath: $0) } }
        let verdicts = try Self.validate(files)
        #expect(verdicts.count == cases.count)
        #expect(verdicts.allSatisfy { $0.hasPrefix("invalid") }, "\(verdicts)")
    }
}

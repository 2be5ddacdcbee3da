import CloudFormation
import DataplanKit
import Foundation
import TestSupport
import Testing
import YAMLLoader

/// `check`, `cost` and `import` on CloudFormation, SAM and CDK templates.
@Suite struct TemplateCommandTests {
    static let fixtures = "Tests/CloudFormationTests/Fixtures"
    static let goldens = Repository.root.appendingPathComponent("Tests/CloudFormationTests/Golden")
    static let corpus = Repository.shared.appendingPathComponent("corpora/cfn-templates")

    /// The findings of `check` on each fixture template, as a reviewer reads them.
    @Test(arguments: ["clickstream.yaml", "orders.template.json", "sam-orders.yaml"])
    func checkFindingsMatchTheirGolden(_ name: String) throws {
        let result = try DataplanBinary.run(["check", "--no-color", "\(Self.fixtures)/\(name)"])
        #expect(result.status == 0 || result.status == 1, "\(result.stderr)")
        let golden = Self.goldens.appendingPathComponent(name + ".check.txt")
        if ProcessInfo.processInfo.environment["DATAPLAN_UPDATE_GOLDENS"] == "1" {
            try result.stdout.write(to: golden, atomically: true, encoding: .utf8)
        }
        #expect(result.stdout == (try String(contentsOf: golden, encoding: .utf8)))
    }

    @Test func everyFixtureFindingIsInsideTheResourceItNames() throws {
        for name in ["clickstream.yaml", "orders.template.json", "sam-orders.yaml"] {
            try Self.expectFindingsInsideTheirResources(
                Repository.root.appendingPathComponent("\(Self.fixtures)/\(name)"))
        }
    }

    static var corpusTemplates: [String] {
        get throws {
            let baseline = try String(contentsOf: corpus.appendingPathComponent("baseline.tsv"), encoding: .utf8)
            return baseline.split(separator: "\n").dropFirst().map { String($0.split(separator: "\t")[0]) }
        }
    }

    /// One `check --format json` of the whole corpus, run once for the tests that read it.
    static let corpusCheck: Result<DataplanBinary.Result, Error> = Result {
        try DataplanBinary.run(["check", "--format", "json"] + (try corpusTemplates), in: corpus)
    }

    static var corpusFindings: (status: Int32, findings: [[String: Any]]) {
        get throws {
            let result = try corpusCheck.get()
            let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            return (result.status, json?["findings"] as? [[String: Any]] ?? [])
        }
    }

    /// Every template of ../shared's corpus reads and checks (exit 0 or 1), and every finding on a component
    /// is on a line of that component's resource, or of one that adds to it.
    @Test(.enabled(if: OptionalResource.cloudFormationTemplates.isAvailable, "needs ../shared/corpora/cfn-templates"))
    func everyCorpusTemplateChecksWithFindingsOnItsOwnLines() throws {
        let templates = try Self.corpusTemplates
        #expect(templates.count == 30)
        let (status, findings) = try Self.corpusFindings
        #expect(status == 0 || status == 1)
        for template in templates {
            try Self.expectInsideTheirResources(
                findings.filter { ($0["path"] as? String) == template }, Self.corpus.appendingPathComponent(template))
        }
    }

    /// For each corpus template, goldens of the design `import` writes and of its findings (no source lines are
    /// quoted, so the goldens hold Dataplan's output, not copies of the templates).
    @Test(.enabled(if: OptionalResource.cloudFormationTemplates.isAvailable, "needs ../shared/corpora/cfn-templates"))
    func everyCorpusTemplateMatchesItsGoldens() throws {
        let folder = Self.goldens.appendingPathComponent("corpus")
        let updating = ProcessInfo.processInfo.environment["DATAPLAN_UPDATE_GOLDENS"] == "1"
        if updating { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        let (_, findings) = try Self.corpusFindings
        for template in try Self.corpusTemplates {
            let name = template.replacingOccurrences(of: "/", with: "__")
            // As `dataplan import` run in the corpus folder writes it, read here under the same relative name.
            let bytes = Array(try Data(contentsOf: Self.corpus.appendingPathComponent(template)))
            let root = try #require(YAMLLoader().load(bytes, file: template).root)
            let imported = TemplateImporter().read(root, file: template)
            let design = imported.hasComponents ? ImportedDesignWriter.yaml(imported, template: template) ?? "" : ""
            let lines = findings.filter { ($0["path"] as? String) == template }.map { finding in
                let place = "\(finding["line"] ?? ""):\(finding["column"] ?? "")"
                let subject = (finding["component"] as? String) ?? (finding["flow"] as? String) ?? "design"
                let rule = "\(finding["severity"] ?? "") \(finding["rule"] ?? "")"
                return "\(place) \(rule) \(subject): \(finding["message"] ?? "")"
            }
            let findingsText = lines.map { $0 + "\n" }.joined()
            for (output, suffix) in [(design, ".design.yaml"), (findingsText, ".findings.txt")] {
                let golden = folder.appendingPathComponent(name + suffix)
                if updating { try output.write(to: golden, atomically: true, encoding: .utf8) }
                #expect(
                    output == (try? String(contentsOf: golden, encoding: .utf8)),
                    "\(template)\(suffix) differs; run DATAPLAN_UPDATE_GOLDENS=1 swift test")
            }
        }
    }

    static func expectFindingsInsideTheirResources(_ template: URL) throws {
        let result = try DataplanBinary.run(["check", "--format", "json", template.path])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        try expectInsideTheirResources(try #require(json["findings"] as? [[String: Any]]), template)
    }

    static func expectInsideTheirResources(_ findings: [[String: Any]], _ template: URL) throws {
        let document = YAMLLoader().load(Array(try Data(contentsOf: template)), file: template.path)
        let imported = TemplateImporter().read(try #require(document.root), file: template.path)
        for finding in findings {
            let line = try #require(finding["line"] as? Int)
            let rule = finding["rule"] as? String ?? ""
            if let component = finding["component"] as? String {
                // The component's own resource, or one that adds to it (a trigger's schedule, an alarm, a mapping).
                let origin = try #require(imported.origins[component], "\(component) has no resource")
                let contributors = imported.outcomes.filter {
                    $0.detail.split(whereSeparator: { " >".contains($0) }).contains { $0 == component }
                }.map(\.logicalID)
                let ranges = ([origin.logicalID] + contributors).compactMap { imported.resourceLines[$0] }
                #expect(
                    ranges.contains { $0.contains(line) },
                    "\(template.lastPathComponent): \(rule) on \(component) at line \(line)")
            } else if finding["flow"] is String {
                #expect(
                    imported.resourceLines.values.contains { $0.contains(line) },
                    "\(template.lastPathComponent): \(rule) on a flow at line \(line), outside every resource")
            }
        }
    }

    @Test func importWritesADesignThatChecksAsTheTemplateDoes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dataplan-import-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let template = "\(Self.fixtures)/sam-orders.yaml"
        let imported = try DataplanBinary.run(["import", template, "--output", folder.path])
        #expect(imported.status == 0)
        #expect(imported.stderr.contains("6 resources: 6 components"))
        let design = folder.appendingPathComponent("sam-orders.design.yaml").path
        let fromDesign = try DataplanBinary.run(["check", "--format", "json", design])
        let fromTemplate = try DataplanBinary.run(["check", "--format", "json", template])
        func rules(_ output: String) throws -> [String] {
            let json = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
            return (json["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }.sorted()
        }
        #expect(try rules(fromDesign.stdout) == rules(fromTemplate.stdout))
        #expect(!(try rules(fromTemplate.stdout)).isEmpty)

        let several = try DataplanBinary.run(["import", template, "\(Self.fixtures)/clickstream.yaml"])
        #expect(several.status == 2 && several.stderr.contains("--output"))
    }

    @Test func parametersComeFromTheCommandLineAndAParametersFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dataplan-params-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let parameters = folder.appendingPathComponent("dev.json")
        try #"[{"ParameterKey": "Environment", "ParameterValue": "dev"}]"#.write(
            to: parameters, atomically: true, encoding: .utf8)
        let template = "\(Self.fixtures)/clickstream.yaml"
        let fromFile = try DataplanBinary.run(["import", template, "--parameters", parameters.path])
        #expect(fromFile.stdout.contains("retention: 24h"))
        let fromFlag = try DataplanBinary.run(["import", template, "--parameter", "ShardCount=9"])
        #expect(fromFlag.stdout.contains("shards: 9") && fromFlag.stdout.contains("retention: 168h"))
        let region = try DataplanBinary.run(["import", template, "--parameter", "AWS::Region=eu-west-1"])
        #expect(region.stdout.contains("region: eu-west-1"))
        let bad = try DataplanBinary.run(["check", template, "--parameter", "ShardCount"])
        #expect(bad.status == 2)
    }

    /// Each bad template is a positioned error and exit 2, and the other files of the run are still checked.
    @Test func badTemplatesArePositionedErrorsAndTheRestIsChecked() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dataplan-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad: [(String, String, String)] = [
            (
                "duplicate.yaml", "Resources:\n  Q: {Type: AWS::SQS::Queue}\n  Q: {Type: AWS::SNS::Topic}\n",
                "duplicate.yaml:3:3: error: duplicate key 'Q'"
            ),
            (
                "dangling.yaml",
                "Resources:\n  F:\n    Type: AWS::Lambda::EventSourceMapping\n    Properties:\n"
                    + "      FunctionName: !Ref Nowhere\n",
                "dangling.yaml:5:21: error: Ref 'Nowhere' names no parameter"
            ),
            (
                "circular.yaml",
                "Resources:\n  A: {Type: AWS::SQS::Queue, DependsOn: B}\n  B: {Type: AWS::SQS::Queue, DependsOn: A}\n",
                "circular.yaml:3:41: error: circular DependsOn: A -> B -> A"
            ),
            (
                "broken.template.json", "{\"Resources\": {\"Q\": {\"Type\": \"AWS::SQS::Queue\",}}\n",
                "broken.template.json:2:1: error: invalid YAML"
            ),
        ]
        for (name, text, _) in bad {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let large = folder.appendingPathComponent("large.yaml")
        let padding = String(repeating: "  # padding padding padding padding padding padding\n", count: 210_000)
        try ("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Q: {Type: AWS::SQS::Queue}\n" + padding).write(
            to: large, atomically: true, encoding: .utf8)
        let result = try DataplanBinary.run(["check", "--no-color", folder.path, "\(Self.fixtures)/sam-orders.yaml"])
        #expect(result.status == 2)
        for (_, _, expected) in bad {
            #expect(result.stdout.contains(expected), "\(expected)\n\(result.stdout)")
        }
        #expect(result.stdout.contains("large.yaml:1:1: error: the template is 10920079 bytes; CloudFormation accepts"))
        #expect(result.stdout.contains("6 files checked, 1 valid design"), "\(result.stdout)")
    }
}

extension TemplateCommandTests {
    /// The overlay beside clickstream.yaml adds a producer, a flow rate, usage, requirements, tags and a suppression.
    @Test func anOverlayAddsWhatTheTemplateCannotSay() throws {
        let template = "\(Self.fixtures)/clickstream.yaml"
        let check = try DataplanBinary.run(["check", "--format", "json", template])
        #expect(check.stdout.contains("\"suppressed\"") || check.stdout.contains("COST-007"))
        #expect(!check.stdout.contains("\"rule\": \"COST-001\""), "the overlay's tags satisfy COST-001")
        let cost = try DataplanBinary.run(["cost", "--no-color", template])
        #expect(cost.stdout.contains("2K records/s in (declared on the flow)"))
        let without = try DataplanBinary.run(
            ["cost", "--no-color", "--overlay", "\(Self.fixtures)/sam-orders.yaml", template])
        #expect(without.status == 2, "an overlay is a mapping of the overlay's keys: \(without.stdout)")
        let missing = try DataplanBinary.run(["check", "--overlay", "/nonexistent.yml", template])
        #expect(missing.status == 2 && missing.stdout.contains("overlay /nonexistent.yml: cannot be read"))
    }

    @Test func aFolderChecksItsTemplatesAndReadsOverlaysWithThem() throws {
        let result = try DataplanBinary.run(["check", "--no-color", "--quiet", Self.fixtures])
        #expect(result.status == 0 || result.status == 1, "\(result.stdout)")
        #expect(!result.stdout.contains("clickstream.dataplan.yml"), "an overlay is not listed as a skipped file")
        let summary = try DataplanBinary.run(["check", "--no-color", Self.fixtures])
        #expect(summary.stdout.contains("3 files checked, 3 valid designs"), "\(summary.stdout)")
    }
}

extension TemplateCommandTests {
    /// A template states no usage: what it does not fix the price of is unknown, so no budget passes on it.
    @Test func usageATemplateDoesNotStateIsMissingNotFree() throws {
        let template = "\(Self.fixtures)/sam-orders.yaml"
        let cost = try DataplanBinary.run(["cost", "--no-color", template])
        #expect(cost.stdout.contains("needs the flows' rates, or `usage: {requests}` in the template's overlay"))
        #expect(cost.stdout.contains("a lower bound"))
        let gate = try DataplanBinary.run(["cost", "--no-color", "--budget", "1000", template])
        #expect(gate.status == 1 && gate.stdout.contains("cannot verify"), "\(gate.stdout)")
    }
}

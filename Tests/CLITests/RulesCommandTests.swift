import Foundation
import Testing

@Suite struct RulesCommandTests {
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dataplan-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func rulesListsTheWholeCatalogInEveryFormat() throws {
        let json = try DataplanBinary.run(["rules", "--format", "json"])
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let rules = try #require(object["rules"] as? [[String: Any]])
        #expect(rules.count >= 60)
        let pillars = Set(rules.compactMap { $0["pillar"] as? String })
        #expect(pillars == ["security", "reliability", "performance", "cost", "operations", "migration", "governance"])
        #expect(rules.allSatisfy { ($0["references"] as? [String])?.isEmpty == false })
        let text = try DataplanBinary.run(["rules"])
        #expect(
            text.stdout.contains("  SEC-001   error   Kinesis data stream encrypted at rest  [encryption-at-rest]\n"))
    }

    @Test func coverageListsThePracticesAndTheirRules() throws {
        let text = try DataplanBinary.run(["rules", "--coverage"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("  DALSEC05-BP01         high    covered        "))
        #expect(text.stdout.contains("\nHigh-risk lens practices       20 checkable: 20 covered (100%)"))
        let json = try DataplanBinary.run(["rules", "--coverage", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let practices = try #require(object["practices"] as? [[String: Any]])
        let lens = try #require(practices.first { $0["id"] as? String == "DALSEC05-BP01" })
        #expect((lens["rules"] as? [String])?.contains("SEC-020") == true)
        let explain = try DataplanBinary.run(["explain", "SEC-020"])
        let practiceLine = "Practices\n  DALSEC05-BP01  Prevent unintended access to the infrastructure\n"
        #expect(explain.stdout.contains(practiceLine))
    }

    @Test func explainShowsOneRuleAndSuggestsOnATypo() throws {
        let result = try DataplanBinary.run(["explain", "mig-001"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("MIG-001: Zero-downtime migrations use full load plus CDC\n"))
        #expect(
            result.stdout.contains("Triggers on (↓ marks where the finding lands)")
                && result.stdout.contains("↓copy: {type: dms}"))
        let typo = try DataplanBinary.run(["explain", "MIG-01"])
        #expect(typo.status == 2 && typo.stderr == "error: no rule has the id 'MIG-01'; did you mean 'MIG-001'?\n")
    }

    @Test func aUsersPackAddsRulesAndAMalformedPackExitsWith2() throws {
        let base = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        let folder = base.appendingPathComponent("policies")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let rule = """
            id: ACME-001
            title: Buckets say who owns them
            severity: error
            pillar: governance
            tags: [tagging]
            applies-to: {types: [s3]}
            require: {property: tags.owner, present: true}
            message: "Bucket '{component}' has no owner tag"
            rationale: Every bucket has an owner to ask.
            remediation: "Add `tags: {owner: ...}`."
            references: [https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html]
            examples:
              triggering:
                - |
                  dataplan: 1
                  name: t
                  components:
                    ↓lake: {type: s3}
              passing:
                - |
                  dataplan: 1
                  name: t
                  components:
                    lake: {type: s3, tags: {owner: data}}
            """
        try rule.write(to: folder.appendingPathComponent("ACME-001.yaml"), atomically: true, encoding: .utf8)
        let design = base.appendingPathComponent("d.yaml")
        try "dataplan: 1\nname: d\ncomponents:\n  lake: {type: s3, tags: {owner: data}}\n  logs: {type: s3}\n".write(
            to: design, atomically: true, encoding: .utf8)
        let run = try DataplanBinary.run(["check", "--rules", folder.path, "--format", "json", design.path])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.filter { $0["rule"] as? String == "ACME-001" }.map { $0["component"] as? String } == ["logs"])
        #expect(run.status == 1)

        try rule.replacingOccurrences(of: "tags.owner", with: "tag.owner").write(
            to: folder.appendingPathComponent("ACME-001.yaml"), atomically: true, encoding: .utf8)
        let broken = try DataplanBinary.run(["check", "--rules", folder.path, design.path])
        #expect(broken.status == 2)
        #expect(
            broken.stdout.hasPrefix(
                "\(folder.path)/ACME-001.yaml:7:21: error: no type this rule applies to has the property "
                    + "'tag.owner'; did you mean 'tags'?\n"
            ))
        let listing = try DataplanBinary.run(["rules", "--rules", folder.path])
        #expect(listing.status == 2 && listing.stderr.contains("ACME-001.yaml:7:21: error:"))
    }

    @Test func theConfigFileSetsFailOnTagsAndSeverities() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "dataplan: 1\nname: d\ntags: {owner: data}\ncomponents:\n  lake: {type: s3}\n".write(
            to: folder.appendingPathComponent("d.yaml"), atomically: true, encoding: .utf8)
        try "fail-on: never\n".write(
            to: folder.appendingPathComponent(".dataplan.yml"), atomically: true, encoding: .utf8)
        #expect(try DataplanBinary.run(["check", "d.yaml"], in: folder).status == 0)

        try "required-tags: [owner]\nrules:\n  severity: {REL-011: error}\n  disable: [COST-003, GOV-006]\n".write(
            to: folder.appendingPathComponent(".dataplan.yml"), atomically: true, encoding: .utf8)
        let strict = try DataplanBinary.run(["check", "--format", "json", "d.yaml"], in: folder)
        #expect(strict.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(strict.stdout.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        let byRule = Dictionary(
            findings.map { ($0["rule"] as! String, $0["severity"] as! String) }, uniquingKeysWith: { first, _ in first }
        )
        #expect(byRule["REL-011"] == "error" && byRule["COST-001"] == nil && byRule["COST-003"] == nil)

        try "fail-on: sometimes\n".write(
            to: folder.appendingPathComponent(".dataplan.yml"), atomically: true, encoding: .utf8)
        let bad = try DataplanBinary.run(["check", "d.yaml"], in: folder)
        #expect(
            bad.status == 2
                && bad.stdout.contains(
                    ".dataplan.yml:1:10: error: `fail-on` must be one of error, warning, info, never")
        )
    }

    @Test func writeBaselineThenBaselineTurnsFindingsIntoKnownOnes() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "dataplan: 1\nname: d\ncomponents:\n  lake: {type: s3}\n".write(
            to: folder.appendingPathComponent("d.yaml"), atomically: true, encoding: .utf8)
        let first = try DataplanBinary.run(
            ["check", "--fail-on", "warning", "--write-baseline", "baseline.json", "d.yaml"], in: folder)
        #expect(first.status == 0, "writing the baseline is a setup step")
        let second = try DataplanBinary.run(
            ["check", "--fail-on", "warning", "--baseline", "baseline.json", "d.yaml"], in: folder)
        #expect(second.status == 0, "\(second.stdout)")
        #expect(second.stdout.hasSuffix("baselined)\n"))
    }
}

@Suite struct OutputCommandsTests {
    @Test func graphDrawsEveryFormatAndRefusesAnInvalidDesign() throws {
        for (format, start) in [
            ("mermaid", "flowchart LR\n"), ("dot", "digraph \"nightly-batch-etl\" {\n"),
            ("svg", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "),
        ] {
            let result = try DataplanBinary.run(["graph", "--format", format, "Samples/nightly-batch-etl.yaml"])
            #expect(result.status == 0 && result.stdout.hasPrefix(start), "\(format)")
        }
        let folder = try RulesCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "dataplan: 1\nname: d\ncomponents:\n  a: {type: s4}\n".write(
            to: folder.appendingPathComponent("d.yaml"), atomically: true, encoding: .utf8)
        let bad = try DataplanBinary.run(["graph", "d.yaml"], in: folder)
        #expect(bad.status == 2 && bad.stderr.contains("d.yaml:4:13: error: unknown component type 's4'"))
    }

    @Test func initWritesACleanStarterAndNeverOverwrites() throws {
        let folder = try RulesCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try DataplanBinary.run(["init", "shop.yaml"], in: folder).status == 0)
        let design = try String(contentsOf: folder.appendingPathComponent("shop.yaml"), encoding: .utf8)
        #expect(
            design.hasPrefix("# yaml-language-server: $schema=./dataplan.schema.json\n")
                && design.contains("name: shop\n"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("dataplan.schema.json").path))
        let check = try DataplanBinary.run(["check", "--fail-on", "info", "shop.yaml"], in: folder)
        #expect(check.status == 0, "\(check.stdout)")
        let again = try DataplanBinary.run(["init", "shop.yaml"], in: folder)
        #expect(again.status == 2 && again.stderr == "error: shop.yaml exists; dataplan init never overwrites a file\n")
    }

    @Test func schemaIsJSONWithEveryType() throws {
        let result = try DataplanBinary.run(["schema"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        let component = try #require((object["$defs"] as? [String: Any])?["component"] as? [String: Any])
        #expect((component["allOf"] as? [Any])?.count == 55)
    }

    @Test func skipNonDesignsLetsPreCommitPassEveryYAMLFile() throws {
        let folder = try RulesCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "services: {web: {image: nginx}}\n".write(
            to: folder.appendingPathComponent("compose.yaml"), atomically: true, encoding: .utf8)
        #expect(try DataplanBinary.run(["check", "compose.yaml"], in: folder).status == 2)
        #expect(try DataplanBinary.run(["check", "--skip-non-designs", "compose.yaml"], in: folder).status == 0)
    }

    @Test func sarifFromTheCommandLineHasRelativeURIs() throws {
        let result = try DataplanBinary.run([
            "check", "--format", "sarif",
            DataplanBinary.root.appendingPathComponent("Samples/emr-vs-glue.yaml").path,
        ])
        #expect(result.stdout.contains("\"uri\": \"Samples/emr-vs-glue.yaml\""))
    }
}

@Suite struct CostCommandTests {
    static let rates = """
        region: us-east-1
        currency: USD
        rates:
          glue/dpu-hour:
            {unit: DPU-hour, price: "0.44", source: "https://aws.amazon.com/glue/pricing/", read: 2026-11-25}
        """

    @Test func aBudgetOverTheEstimateExitsWith1AndSaysByHowMuch() throws {
        let folder = try RulesCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("rates"), withIntermediateDirectories: true)
        try Self.rates.write(
            to: folder.appendingPathComponent("rates/us-east-1.yaml"), atomically: true, encoding: .utf8)
        try
            ("dataplan: 1\nname: d\ncomponents:\n  job: {type: glue, worker-type: G.1X, workers: 10, duration: 1h, "
            + "schedule: daily}\n").write(
                to: folder.appendingPathComponent("d.yaml"), atomically: true, encoding: .utf8)
        let within = try DataplanBinary.run(
            ["cost", "--pricing", "rates", "--budget", "200 USD/month", "d.yaml"], in: folder)
        #expect(within.status == 0 && within.stdout.contains("Total: 133.83 USD a month\n"), "\(within.stdout)")
        let over = try DataplanBinary.run(
            ["cost", "--pricing", "rates", "--budget", "100 USD/month", "--format", "json", "d.yaml"], in: folder)
        #expect(over.status == 1)
        #expect(over.stdout.contains("\"over_by\": \"33.83\""))
        let csv = try DataplanBinary.run(["cost", "--pricing", "rates", "--format", "csv", "d.yaml"], in: folder)
        #expect(
            csv.stdout.hasSuffix(
                "d,job,glue,us-east-1,DPU hours,304.166667,DPU-hour,0.44,133.83,glue/dpu-hour,"
                    + "https://aws.amazon.com/glue/pricing/,,2026-11-25,\r\n"
            ))
        let elsewhere = try DataplanBinary.run(
            ["cost", "--pricing", "rates", "--region", "eu-west-1", "d.yaml"], in: folder)
        #expect(
            elsewhere.stdout.contains("Total: 133.83 USD a month\n"),
            "eu-west-1 is the bundled table's: \(elsewhere.stdout)")
    }

    @Test func aMalformedTableExitsWith2NamingFileKeyAndLine() throws {
        let folder = try RulesCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("rates"), withIntermediateDirectories: true)
        try Self.rates.replacingOccurrences(of: "glue/dpu-hour", with: "glue/dpu-hours").write(
            to: folder.appendingPathComponent("rates/us-east-1.yaml"), atomically: true, encoding: .utf8)
        let result = try DataplanBinary.run(
            [
                "cost", "--pricing", "rates",
                DataplanBinary.root.appendingPathComponent("Samples/nightly-batch-etl.yaml").path,
            ], in: folder)
        #expect(result.status == 2)
        #expect(
            result.stdout.contains(
                "rates/us-east-1.yaml:4:3: error: unknown rate 'glue/dpu-hours'; did you mean 'glue/dpu-hour'?"),
            "\(result.stdout)")
    }

    @Test func graphWithCostLabelsComponentsAndRefusesABrokenTable() throws {
        let folder = try RulesCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("rates"), withIntermediateDirectories: true)
        try Self.rates.write(
            to: folder.appendingPathComponent("rates/us-east-1.yaml"), atomically: true, encoding: .utf8)
        try
            ("dataplan: 1\nname: d\ncomponents:\n  job: {type: glue, worker-type: G.1X, workers: 10, duration: 1h, "
            + "schedule: daily}\n  web: {type: web-app}\n").write(
                to: folder.appendingPathComponent("d.yaml"), atomically: true, encoding: .utf8)
        let priced = try DataplanBinary.run(["graph", "--cost", "--pricing", "rates", "d.yaml"], in: folder)
        #expect(
            priced.status == 0 && priced.stdout.contains("job<br/><small>glue</small><br/>133.83 USD/mo"),
            "\(priced.stdout)")
        try "region: us-east-1\nrates: {glue/dpu-hour: {unit: GB}}\n".write(
            to: folder.appendingPathComponent("rates/us-east-1.yaml"), atomically: true, encoding: .utf8)
        let broken = try DataplanBinary.run(["graph", "--cost", "--pricing", "rates", "d.yaml"], in: folder)
        #expect(broken.status == 2 && broken.stderr.contains("rates/us-east-1.yaml:2:"), "\(broken.stderr)")
    }

    /// SageMaker's hosting prices are in no copy of AWS's price data: the sample says so line by line.
    @Test func theBundledTablesSayWhichRatesAreMissing() throws {
        let result = try DataplanBinary.run(["cost", "--format", "json", "Samples/ml-feature-store.yaml"])
        #expect(result.status == 1, "its budget cannot be verified while lines have no rate")
        #expect(result.stdout.contains("\"cannot_verify\": \"cannot verify: 4 lines without a rate"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let design = try #require((object["designs"] as? [[String: Any]])?.first)
        #expect((design["missing_rates"] as? Int ?? 0) > 0)
        #expect(result.stdout.contains("no copy of AWS's SageMaker hosting or training prices was found"))
    }
}

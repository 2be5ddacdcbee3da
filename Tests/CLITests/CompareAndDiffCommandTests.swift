import Foundation
import Testing
import TestSupport

/// `dataplan compare` and `dataplan diff` as CI runs them: outputs, exit codes and usage errors.
@Suite struct CompareAndDiffCommandTests {
    @Test func compareTheRedshiftSampleWithASweepAsJSON() throws {
        let result = try DataplanBinary.run([
            "compare", "Samples/redshift-provisioned-vs-serverless.yaml",
            "--sweep", "warehouse.hours-per-day=1..24:23", "--format", "json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["cheapest"] as? String == "base")
        let sweep = try #require(json["sweep"] as? [String: Any])
        let breakEvens = try #require(sweep["break_evens"] as? [[String: Any]])
        #expect(breakEvens.first?["value"] as? String == "13.04")
        #expect(breakEvens.first?["cheapest_above"] as? String == "provisioned")
    }

    @Test(.enabled(if: OptionalResource.rsvgConvert.isAvailable, "needs rsvg-convert (librsvg2-bin)"))
    func theSweepChartRendersToPNGWithRsvgConvert() throws {
        let result = try DataplanBinary.run([
            "compare", "Samples/redshift-provisioned-vs-serverless.yaml",
            "--sweep", "warehouse.hours-per-day=1..24:23", "--format", "svg",
        ])
        #expect(result.status == 0)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dataplan-chart-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let svg = folder.appendingPathComponent("chart.svg")
        try result.stdout.write(to: svg, atomically: true, encoding: .utf8)
        let converted = try ExternalTool.run([
            "rsvg-convert", svg.path, "-o", folder.appendingPathComponent("chart.png").path,
        ])
        #expect(converted.status == 0, "\(converted.output)")
        let png = try Data(contentsOf: folder.appendingPathComponent("chart.png"))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "a PNG file")
    }

    @Test(arguments: [
        (["compare", "Samples/nightly-batch-etl.yaml"], "nothing to compare"),
        (["compare", "Samples/emr-vs-glue.yaml", "--sweep", "transform.duration"], "PATH=FROM..TO"),
        (["compare", "Samples/emr-vs-glue.yaml", "--format", "svg"], "--format svg draws a sweep"),
        (["compare", "Samples/emr-vs-glue.yaml", "--sweep", "nosuch.duration=1h..2h"], "no variant has"),
        (["diff", "Samples/emr-vs-glue.yaml"], "Missing expected argument"),
        (["diff", "Samples/emr-vs-glue.yaml", "Samples/emr-vs-glue.yaml", "--max-increase", "lots"], "--max-increase"),
    ])
    func unusableInputsExitWith2AndSayWhy(arguments: [String], message: String) throws {
        let result = try DataplanBinary.run(arguments)
        #expect(result.status == 2)
        #expect((result.stdout + result.stderr).contains(message), "\(result.stdout)\(result.stderr)")
    }

    @Test func costGatesFailOnLinesWithoutARateUnlessAllowed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dataplan-gate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try
            ("dataplan: 1\nname: n\ncomponents:\n  job: {type: glue, worker-type: G.1X, workers: 10, duration: 1h, "
            + "schedule: daily}\n").write(
                to: folder.appendingPathComponent("base.yaml"), atomically: true, encoding: .utf8)
        try "dataplan: 1\nname: n\ncomponents:\n  job: {type: sagemaker, instance-type: ml.m5.4xlarge, instances: 50}\n"
            .write(to: folder.appendingPathComponent("head.yaml"), atomically: true, encoding: .utf8)
        let diff = try DataplanBinary.run(["diff", "base.yaml", "head.yaml", "--max-increase", "500"], in: folder)
        #expect(
            diff.status == 1 && diff.stdout.contains("FAILS: cannot verify: 1 line without a rate"), "\(diff.stdout)")
        let allowed = try DataplanBinary.run(
            ["diff", "base.yaml", "head.yaml", "--max-increase", "500", "--allow-unpriced"], in: folder)
        #expect(allowed.status == 0, "\(allowed.stdout)")
        let budget = try DataplanBinary.run(["cost", "head.yaml", "--budget", "1000"], in: folder)
        #expect(budget.status == 1 && budget.stdout.contains("cannot verify"), "\(budget.stdout)")
        try "allow-unpriced: true\n".write(
            to: folder.appendingPathComponent(".dataplan.yml"), atomically: true, encoding: .utf8)
        let configured = try DataplanBinary.run(["cost", "head.yaml", "--budget", "1000"], in: folder)
        #expect(configured.status == 0, "the config's allow-unpriced: \(configured.stdout)")
    }

    @Test func diffOfASampleAgainstItselfExits0() throws {
        let result = try DataplanBinary.run([
            "diff", "Samples/nightly-batch-etl.yaml", "Samples/nightly-batch-etl.yaml", "--fail-on", "info",
            "--max-increase", "0%",
        ])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("Monthly cost unchanged"))
    }
}

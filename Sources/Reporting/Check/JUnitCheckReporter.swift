import Diagnostics
import Analysis

/// JUnit XML (the Jenkins xUnit schema): one test suite per design, a failing test case per finding
/// (rule and subject), one passing test case per rule for the subjects it passed, and an error test
/// case per file that could not be used. Suppressed and baselined findings are skipped test cases.
public enum JUnitCheckReporter: CheckReporter {
    public static let identifier = "junit"

    public static func report(_ run: CheckReport, options: ReportOptions) -> String {
        var suites: [String] = []
        var totals = (tests: 0, failures: 0, errors: 0)
        for file in run.files {
            let suite = testSuite(file, failOn: run.failOn, options)
            totals.tests += suite.tests
            totals.failures += suite.failures
            totals.errors += suite.errors
            suites.append(suite.xml)
        }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml +=
            "<testsuites name=\"dataplan check\" tests=\"\(totals.tests)\" failures=\"\(totals.failures)\" "
            + "errors=\"\(totals.errors)\">\n"
        xml += suites.joined()
        xml += "</testsuites>\n"
        return xml
    }

    static func testSuite(
        _ file: FileReport, failOn: FailLevel, _ options: ReportOptions
    ) -> (xml: String, tests: Int, failures: Int, errors: Int) {
        let path = RelativePath.of(file.path, in: options.workingDirectory)
        let name = file.designName ?? path
        var cases: [String] = []
        var failures = 0
        var errors = 0
        for diagnostic in file.diagnostics where diagnostic.severity == .error {
            errors += 1
            cases.append(
                testCase(
                    name: "input \(diagnostic.location.line):\(diagnostic.location.column)", className: name,
                    body: "<error type=\"input\" message=\"\(XMLText.escape(diagnostic.message))\">"
                        + XMLText.escape(place(of: diagnostic.location, options)) + "</error>"
                ))
        }
        var failedByRule: [String: Int] = [:]
        for finding in file.findings {
            failedByRule[finding.rule.id, default: 0] += 1
            let subject = finding.component ?? finding.flow ?? "design"
            let place = place(of: finding.location, options)
            let body: String
            if let suppression = finding.suppression {
                body = "<skipped message=\"\(XMLText.escape("suppressed: " + suppression.reason))\"/>"
            } else if finding.baselined {
                body = "<skipped message=\"listed in the baseline\"/>"
            } else {
                if failOn.fails(finding.severity) { failures += 1 }
                let tag = failOn.fails(finding.severity) ? "failure" : "skipped"
                let detail = XMLText.escape("\(place)\nfix: \(finding.rule.remediation)")
                let belowFailOn = XMLText.escape("\(finding.severity.rawValue) below --fail-on: \(finding.message)")
                body =
                    tag == "failure"
                    ? "<failure type=\"\(finding.severity.rawValue)\" message=\"\(XMLText.escape(finding.message))\">"
                        + "\(detail)</failure>"
                    : "<skipped message=\"\(belowFailOn)\"/>"
            }
            cases.append(
                testCase(name: "\(finding.rule.id) \(subject)", className: "\(name).\(finding.rule.id)", body: body))
        }
        for rule in file.applicable.keys.sorted() {
            let passing = (file.applicable[rule] ?? 0) - (failedByRule[rule] ?? 0)
            guard passing > 0 else { continue }
            cases.append(
                testCase(
                    name: "\(rule) (\(passing) \(passing == 1 ? "subject passes" : "subjects pass"))",
                    className: "\(name).\(rule)", body: nil))
        }
        let header =
            "  <testsuite name=\"\(XMLText.escape(name))\" tests=\"\(cases.count)\" failures=\"\(failures)\" "
            + "errors=\"\(errors)\" file=\"\(XMLText.escape(path))\">\n"
        return (header + cases.joined() + "  </testsuite>\n", cases.count, failures, errors)
    }

    /// Where a finding or an input error is, as `file:line:column` relative to the working directory.
    static func place(of location: SourceLocation, _ options: ReportOptions) -> String {
        "\(RelativePath.of(location.file, in: options.workingDirectory)):\(location.line):\(location.column)"
    }

    static func testCase(name: String, className: String, body: String?) -> String {
        let open = "    <testcase name=\"\(XMLText.escape(name))\" classname=\"\(XMLText.escape(className))\""
        guard let body else { return open + "/>\n" }
        return open + ">\n      " + body + "\n    </testcase>\n"
    }
}

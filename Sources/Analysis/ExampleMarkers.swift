import Diagnostics

/// Reads the `↓` markers of a rule's example design, as SwiftLint's rule examples do.
enum ExampleMarkers {
    static let marker: Unicode.Scalar = "↓"

    /// The design without its markers, and where each marker stood (1-based line and column).
    static func extract(_ text: String, at mark: Mark) -> RuleExample {
        var design = String.UnicodeScalarView()
        var expected: [Mark] = []
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            if scalar == marker {
                expected.append(Mark(line: line, column: column))
                continue
            }
            design.append(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return RuleExample(design: String(design), expected: expected, mark: mark)
    }
}

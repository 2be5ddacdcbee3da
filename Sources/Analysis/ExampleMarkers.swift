import Diagnostics

/// Reads the `↓` markers of a rule's example design, as SwiftLint's rule examples do.
enum ExampleMarkers {
    static let marker: Unicode.Scalar = "↓"
    /// The marker's UTF-8 bytes, E2 86 93.
    private static let markerBytes = Array(String(marker).utf8)

    /// The design without its markers, and where each marker stood (1-based line and column, the
    /// column counted in Unicode scalars). Reads bytes: every rule file's examples are read on
    /// every run.
    static func extract(_ text: String, at mark: Mark) -> RuleExample {
        let bytes = Array(text.utf8)
        var design: [UInt8] = []
        design.reserveCapacity(bytes.count)
        var expected: [Mark] = []
        var line = 1
        var column = 1
        var index = 0
        while index < bytes.count {
            if bytes[index] == markerBytes[0], index + 2 < bytes.count,
                bytes[index + 1] == markerBytes[1], bytes[index + 2] == markerBytes[2]
            {
                expected.append(Mark(line: line, column: column))
                index += 3
                continue
            }
            let byte = bytes[index]
            design.append(byte)
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return RuleExample(design: String(decoding: design, as: UTF8.self), expected: expected, mark: mark)
    }
}

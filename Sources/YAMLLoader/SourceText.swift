import Diagnostics

/// Checks that run on a file's bytes before libyaml sees them: size, binary content, UTF-8.
enum SourceText {
    /// The first reason these bytes cannot be a design, with where it was found.
    static func problem(in bytes: [UInt8], limits: LoaderLimits) -> (message: String, mark: Mark)? {
        if bytes.count > limits.maxFileBytes {
            return (
                "the file is \(bytes.count) bytes, over the limit of \(limits.maxFileBytes) bytes (--max-file-size)",
                .start
            )
        }
        if bytes.count > LoaderLimits.largestFile {
            return (LoaderLimits.beyondLargestFile(bytes.count), .start)
        }
        if isPlainText(bytes) { return nil }
        if let nul = bytes.firstIndex(of: 0) {
            return ("this is a binary file, not YAML (NUL byte)", mark(ofOffset: nul, in: bytes))
        }
        if String(validating: bytes, as: UTF8.self) == nil {
            return ("the file is not valid UTF-8", mark(ofFirstInvalidUTF8In: bytes))
        }
        return nil
    }

    /// True when every byte is ASCII other than NUL, which is valid UTF-8 with nothing to report: nearly every design.
    static func isPlainText(_ bytes: [UInt8]) -> Bool {
        bytes.allSatisfy { $0 != 0 && $0 < 0x80 }
    }

    /// The line and column of a byte offset, counting columns in Unicode scalars.
    static func mark(ofOffset offset: Int, in bytes: [UInt8]) -> Mark {
        var line = 1
        var column = 1
        for byte in bytes[..<offset] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return Mark(line: line, column: column)
    }

    private static func mark(ofFirstInvalidUTF8In bytes: [UInt8]) -> Mark {
        var line = 1
        var column = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput:
                return Mark(line: line, column: column)
            case .error:
                return Mark(line: line, column: column)
            }
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a large file can be cut so that libyaml parses the pieces at the same time: inside the
/// block mappings or lists under top-level keys (a design's `components` and `flows`), at lines
/// that start one of their entries (`name:` or `- `). Every piece after the first is read after
/// the key line of the block its cut is in (the block's `header`), which puts libyaml where it was
/// at the cut: in that mapping or list, at the start of an entry. The plan only says where;
/// `SplitEventReader` checks that the pieces' trees join into the whole file's tree, and gives up
/// when anything could make them differ.
struct SplitPlan: Sendable, Equatable {
    enum Entries: Sendable, Equatable {
        /// `name: ...` lines: a mapping.
        case named
        /// `- ...` lines: a list.
        case listed
    }

    /// A top-level block with cuts in it.
    struct Block: Sendable, Equatable {
        /// The bytes of the top-level key's line, its line break included.
        let header: Range<Int>
        /// The key line's number, from 1.
        let headerLine: Int
        /// How far the block's entries are indented, in spaces.
        let entryIndent: Int
        /// Whether the block is a mapping's entries or a list's items.
        let entries: Entries
    }

    /// A place the file is cut: a piece begins there.
    struct Cut: Sendable, Equatable {
        /// The first byte of an entry's line.
        let offset: Int
        /// That line's number in the file, from 1.
        let line: Int
        /// The block the entry is in, in `blocks`.
        let block: Int
    }

    /// The blocks the cuts are in, in file order.
    let blocks: [Block]
    let cuts: [Cut]

    /// The block cut `index` is in.
    func block(of index: Int) -> Block { blocks[cuts[index].block] }

    /// A plan of `pieces` pieces of about equal size: each cut at the first entry line from an even
    /// share of the bytes on; nil where the file has no such block there.
    init?(cutting bytes: UnsafeBufferPointer<UInt8>, into pieces: Int) {
        guard pieces > 1 else { return nil }
        self.init(bytes, targets: (1..<pieces).map { $0 * bytes.count / pieces }, exactly: false)
    }

    /// A plan cutting at exactly these offsets (ascending), or nil unless each starts an entry line
    /// of a mapping or list under a top-level key. Tests try every line this way.
    init?(cutting bytes: UnsafeBufferPointer<UInt8>, at offsets: [Int]) {
        self.init(bytes, targets: offsets, exactly: true)
    }

    private init?(_ bytes: UnsafeBufferPointer<UInt8>, targets: [Int], exactly: Bool) {
        guard !targets.isEmpty, let base = bytes.baseAddress else { return nil }
        var scan = LineScan()
        var start = 0, line = 1
        while start < bytes.count && scan.cuts.count < targets.count {
            let end = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start)
                .map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? bytes.count
            let target = targets[scan.cuts.count], cutsBefore = scan.cuts.count
            if exactly && start > target { return nil }
            scan.see(bytes, start..<end, line: line, mayCut: exactly ? start == target : start >= target)
            if scan.refused || (exactly && start == target && scan.cuts.count == cutsBefore) { return nil }
            start = end + 1
            line += 1
        }
        guard scan.cuts.count == targets.count || (!exactly && !scan.cuts.isEmpty), let last = scan.cuts.last,
              !Self.hasOtherLineBreaks(in: UnsafeBufferPointer(rebasing: bytes[..<last.offset])) else { return nil }
        self.blocks = scan.blocks
        self.cuts = scan.cuts
    }

    /// Whether libyaml would count a line where a count of `\n` does not: a lone `\r`, or NEL,
    /// LS or PS (U+0085, U+2028, U+2029). The cuts' line numbers count `\n` alone.
    static func hasOtherLineBreaks(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        func occurrences(of byte: UInt8, _ found: (Int) -> Bool) -> Bool {
            var start = 0
            while start < bytes.count, let hit = memchr(base + start, Int32(byte), bytes.count - start) {
                let offset = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                if found(offset) { return true }
                start = offset + 1
            }
            return false
        }
        func byte(at offset: Int) -> UInt8? { offset < bytes.count ? bytes[offset] : nil }
        return occurrences(of: UInt8(ascii: "\r")) { byte(at: $0 + 1) != UInt8(ascii: "\n") }
            || occurrences(of: 0xC2) { byte(at: $0 + 1) == 0x85 }
            || occurrences(of: 0xE2) { byte(at: $0 + 1) == 0x80 && (byte(at: $0 + 2) == 0xA8 || byte(at: $0 + 2) == 0xA9) }
    }
}

/// The state of a plan's pass over the lines: the top-level block it is in, whether that block can
/// be cut, and the cuts made.
private struct LineScan {
    struct Header {
        let bytes: Range<Int>
        let line: Int
        var entryIndent: Int?
        var entries: SplitPlan.Entries?
        /// Its place in `blocks` once it has a cut.
        var block: Int?
    }

    /// The current top-level block's key line, while the block can still be cut.
    var header: Header?
    /// The blocks with cuts, in file order.
    var blocks: [SplitPlan.Block] = []
    var cuts: [SplitPlan.Cut] = []
    /// Set when the file holds something no plan may cut through (a directive).
    var refused = false

    /// Takes one line (`range`, without its `\n`); cuts before it when `mayCut` and it starts an
    /// entry.
    mutating func see(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int, mayCut: Bool) {
        let space = UInt8(ascii: " ")
        guard let first = range.isEmpty ? nil : bytes[range.lowerBound] else { return }
        switch first {
        case space:
            // Most lines are inside a block whose entries' indent is known, and not where a cut is
            // looked for: passed over without reading further.
            guard var current = header, current.entryIndent == nil || mayCut else { return }
            var indent = 0
            while range.lowerBound + indent < range.upperBound && bytes[range.lowerBound + indent] == space { indent += 1 }
            let next = range.lowerBound + indent < range.upperBound ? bytes[range.lowerBound + indent] : nil
            guard let next, next != UInt8(ascii: "#"), next != UInt8(ascii: "\r") else { return }
            let entries = Self.entryKind(bytes, from: range.lowerBound + indent, to: range.upperBound)
            guard let entryIndent = current.entryIndent, let kind = current.entries else {
                // The block's first line: an entry, or something else (a tag, an anchor) that
                // leaves the block uncut.
                current.entryIndent = indent
                current.entries = entries
                header = entries == nil ? nil : current
                return
            }
            if mayCut && indent == entryIndent && entries == kind {
                if current.block == nil {
                    current.block = blocks.count
                    blocks.append(SplitPlan.Block(header: current.bytes, headerLine: current.line, entryIndent: entryIndent, entries: kind))
                    header = current
                }
                cuts.append(SplitPlan.Cut(offset: range.lowerBound, line: line, block: current.block!))
            }
        case UInt8(ascii: "#"), UInt8(ascii: "\r"):
            return
        default:
            // A line at column 0: the next top-level key, a document marker, a directive or a
            // quoted text's continuation; the block before it ends here.
            if first == UInt8(ascii: "%") { refused = true }
            header = Self.isPlainKeyLine(bytes, range) && range.upperBound < bytes.count
                ? Header(bytes: range.lowerBound ..< range.upperBound + 1, line: line)
                : nil
        }
    }

    /// What an entry starting at `start` is: a name (a letter, digit or `_` first) or a list
    /// item (`-` and a space or the line's end); nil for anything else.
    static func entryKind(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> SplitPlan.Entries? {
        if startsName(bytes[start]) { return .named }
        guard bytes[start] == UInt8(ascii: "-") else { return nil }
        let after = start + 1 < end ? bytes[start + 1] : UInt8(ascii: "\n")
        return after == UInt8(ascii: " ") || after == UInt8(ascii: "\n") || after == UInt8(ascii: "\r") ? .listed : nil
    }

    /// A letter, digit or `_`: how an entry's name begins (no indicator, quote or list dash).
    static func startsName(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"): true
        default: false
        }
    }

    /// `name:` alone on its line, or followed by a comment: a key whose value is the block below.
    static func isPlainKeyLine(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        guard index < range.upperBound, startsName(bytes[index]) else { return false }
        while index < range.upperBound && (startsName(bytes[index]) || bytes[index] == UInt8(ascii: "-")) { index += 1 }
        guard index < range.upperBound, bytes[index] == UInt8(ascii: ":") else { return false }
        index += 1
        var spaced = false
        while index < range.upperBound {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                spaced = true
            case UInt8(ascii: "#") where spaced:
                return true
            case UInt8(ascii: "\r") where index == range.upperBound - 1:
                return true
            default:
                return false
            }
            index += 1
        }
        return true
    }
}

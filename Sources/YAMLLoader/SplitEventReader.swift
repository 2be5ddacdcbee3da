import Diagnostics
import Parallel

/// Reads a large file in the pieces of a `SplitPlan`, each parsed by libyaml and built into a tree
/// on a thread of its own, and joins the trees into the one a single reader builds: the first
/// piece's top level, the cut block's entries from every piece in order, the last piece's top level
/// after the block.
///
/// The join is refused (nil), and the caller reads the file whole, wherever the pieces could differ
/// from the whole: a piece that does not read without a diagnostic (a whole read reports it where
/// it is, or finds that the cut was inside a quoted text or a flow collection), a piece whose top
/// level is not the cut block where it should be, a merge key applied anywhere, a key written in
/// two pieces, or more nodes in all than `LoaderLimits.maxNodes`.
enum SplitEventReader {
    /// Nodes that each piece after the first adds for its header: its top-level mapping, the key
    /// and the key's mapping or list.
    private static let headerNodes = 3

    /// The pieces' joined tree, or nil. A piece that fails stops the others at their next batch of
    /// events: the file is then read whole, and what the pieces would still have parsed is not
    /// worth waiting for (a design whose later entries use an anchor of the first piece's fails
    /// at the second piece's first alias).
    static func read(_ bytes: [UInt8], plan: SplitPlan, limits: LoaderLimits) -> YAMLNode? {
        let pieces = ResultSlots<PieceTree>(count: plan.cuts.count + 1)
        let stop = StopSignal()
        let threads = (1..<pieces.count).map { index in
            JoinableThread { pieces.store(readPiece(index, of: bytes, plan: plan, limits: limits, stop: stop), at: index) }
        }
        pieces.store(readPiece(0, of: bytes, plan: plan, limits: limits, stop: stop), at: 0)
        for (offset, thread) in threads.enumerated() {
            if let thread {
                thread.join()
            } else {
                pieces.store(readPiece(offset + 1, of: bytes, plan: plan, limits: limits, stop: stop), at: offset + 1)
            }
        }
        return stop.isRaised ? nil : join(pieces.values(), plan: plan, limits: limits)
    }

    /// One piece's tree, with what the join checks; nil root when the piece logged a diagnostic.
    struct PieceTree {
        let root: YAMLNode?
        let expandedNodes: Int
        let appliedMerges: Bool
    }

    private static func readPiece(_ index: Int, of bytes: [UInt8], plan: SplitPlan, limits: LoaderLimits,
                                  stop: StopSignal) -> PieceTree {
        let start = index == 0 ? 0 : plan.cuts[index - 1].offset
        let end = index < plan.cuts.count ? plan.cuts[index].offset : bytes.count
        var builder = TreeBuilder(limits: limits)
        var log = DiagnosticLog(file: "")
        var outcome = TreeBuilder.Outcome.more
        bytes.withUnsafeBufferPointer { buffer in
            var input = ParserInput(body: UnsafeBufferPointer(rebasing: buffer[start..<end]))
            if index > 0 {
                input.header = UnsafeBufferPointer(rebasing: buffer[plan.header])
                // The header is line 1 of the piece; the cut's line is its line 2.
                input.lineOffset = plan.cuts[index - 1].line - 2
            }
            EventReader.parse(input, reusingBatches: true) { batch in
                guard !stop.isRaised else { return false }
                outcome = builder.accept(batch, log: &log)
                return outcome == .more
            }
        }
        let root = outcome == .finished && log.diagnostics.isEmpty ? builder.root : nil
        if root == nil { stop.raise() }
        return PieceTree(root: root, expandedNodes: builder.expandedNodes, appliedMerges: builder.appliedMerges)
    }

    /// The whole file's tree from its pieces', or nil where they do not join as the whole reads.
    static func join(_ pieces: [PieceTree], plan: SplitPlan, limits: LoaderLimits) -> YAMLNode? {
        guard pieces.allSatisfy({ $0.root != nil && !$0.appliedMerges }),
              pieces.reduce(0, { $0 + $1.expandedNodes }) - headerNodes * (pieces.count - 1) <= limits.maxNodes,
              let first = pieces[0].root, var topLevel = first.mapping,
              let cut = topLevel.popLast(), cut.key.mark == Mark(line: plan.headerLine, column: 1),
              var block = Block(cut.value, plan.entries), !block.isEmpty else { return nil }
        var after: ArraySlice<YAMLPair> = []
        for index in 1..<pieces.count {
            guard let pairs = pieces[index].root?.mapping, let head = pairs.first,
                  head.key.scalar == cut.key.scalar, head.key.coreTag == cut.key.coreTag,
                  let more = Block(head.value, plan.entries), more.startsAt(plan.cuts[index - 1], indent: plan.entryIndent),
                  index == pieces.count - 1 || pairs.count == 1 else { return nil }
            block.append(more)
            after = pairs.dropFirst()
        }
        if case .named(let entries) = block, hasDuplicateKeys(entries) { return nil }
        topLevel.append(YAMLPair(key: cut.key, value: YAMLNode(block.content, at: cut.value.mark, coreTag: cut.value.coreTag)))
        topLevel += after
        guard !hasDuplicateKeys(topLevel) else { return nil }
        return YAMLNode(.mapping(topLevel), at: first.mark, coreTag: first.coreTag)
    }

    /// The entries of the block that was cut, as one piece has them.
    private enum Block {
        case named([YAMLPair])
        case listed([YAMLNode])

        /// The node's entries, when it is the kind of block the plan cut.
        init?(_ node: YAMLNode, _ kind: SplitPlan.Entries) {
            switch (node.content, kind) {
            case (.mapping(let pairs), .named): self = .named(pairs)
            case (.sequence(let items), .listed): self = .listed(items)
            default: return nil
            }
        }

        var isEmpty: Bool {
            switch self {
            case .named(let pairs): pairs.isEmpty
            case .listed(let items): items.isEmpty
            }
        }

        var content: YAMLNode.Content {
            switch self {
            case .named(let pairs): .mapping(pairs)
            case .listed(let items): .sequence(items)
            }
        }

        /// Whether the first entry is the one on the cut's line: a name at the entries' indent, or
        /// an item on the dash's line.
        func startsAt(_ cut: SplitPlan.Cut, indent: Int) -> Bool {
            switch self {
            case .named(let pairs): pairs.first?.key.mark == Mark(line: cut.line, column: indent + 1)
            case .listed(let items): items.first?.mark.line == cut.line
            }
        }

        mutating func append(_ other: Block) {
            switch (self, other) {
            case (.named(let pairs), .named(let more)): self = .named(pairs + more)
            case (.listed(let items), .listed(let more)): self = .listed(items + more)
            default: preconditionFailure("blocks of one plan are of one kind")
            }
        }
    }

    private static func hasDuplicateKeys(_ pairs: [YAMLPair]) -> Bool {
        var found = false
        _ = MappingKeys.scan(pairs) { _, _ in found = true }
        return found
    }
}

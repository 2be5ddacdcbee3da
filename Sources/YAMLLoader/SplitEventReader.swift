import Diagnostics
import Parallel

/// Reads a large file in the pieces of a `SplitPlan`, each parsed by libyaml and built into a tree
/// on one of a few threads, which take the pieces in turn, and joins the trees into the one a
/// single reader builds: the first piece's top level, each cut block's entries from every piece
/// they are in, in order, the top-level keys between the blocks from the piece that holds them,
/// the last piece's top level after the last block. A core slowed by other work parses fewer
/// pieces, and the others more.
///
/// The join is refused (nil), and the caller reads the file whole, wherever the pieces could differ
/// from the whole: a piece that does not read without a diagnostic (a whole read reports it where
/// it is, or finds that the cut was inside a quoted text or a flow collection), a piece whose top
/// level is not the cut blocks where they should be, a merge key applied anywhere, a key written in
/// two pieces, or more nodes in all than `LoaderLimits.maxNodes`.
enum SplitEventReader {
    /// Nodes that each piece after the first adds for its header: its top-level mapping, the key
    /// and the key's mapping or list.
    private static let headerNodes = 3

    /// The pieces' joined tree, or nil. A piece that fails stops the others at their next batch of
    /// events, and no piece is begun after it: the file is then read whole, and what the pieces
    /// would still have parsed is not worth waiting for (a design whose later entries use an anchor
    /// of the first piece's fails at the second piece's first alias).
    static func read(_ bytes: [UInt8], plan: SplitPlan, limits: LoaderLimits, threads: Int = 2) -> YAMLNode? {
        let pieces = readPieces(bytes, plan: plan, limits: limits, threads: threads)
        guard pieces.allSatisfy({ $0 != nil }) else { return nil }
        return join(pieces.map { $0! }, plan: plan, limits: limits)
    }

    /// Each piece's tree, nil for a piece not begun once one had failed (a piece that failed, or
    /// was stopped half-way, has a nil root).
    static func readPieces(_ bytes: [UInt8], plan: SplitPlan, limits: LoaderLimits, threads: Int) -> [PieceTree?] {
        let pieces = ResultSlots<PieceTree>(count: plan.cuts.count + 1)
        let next = NextIndex(below: pieces.count)
        let stop = StopSignal()
        let work: @Sendable () -> Void = {
            while !stop.isRaised, let index = next.take() {
                pieces.store(readPiece(index, of: bytes, plan: plan, limits: limits, stop: stop), at: index)
            }
        }
        let helpers = (1..<max(1, min(threads, pieces.count))).compactMap { _ in JoinableThread(work) }
        work()
        helpers.forEach { $0.join() }
        return pieces.storedValues()
    }

    /// One piece's tree, with what the join checks; nil root when the piece logged a diagnostic.
    struct PieceTree {
        var root: YAMLNode?
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
                input.header = UnsafeBufferPointer(rebasing: buffer[plan.block(of: index - 1).header])
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
    /// The pieces' entries are moved into the joined tree, not copied (`appendMoving`).
    static func join(_ pieces: consuming [PieceTree], plan: SplitPlan, limits: LoaderLimits) -> YAMLNode? {
        guard pieces.allSatisfy({ $0.root != nil && !$0.appliedMerges }),
              pieces.reduce(0, { $0 + $1.expandedNodes }) - headerNodes * (pieces.count - 1) <= limits.maxNodes,
              var first = pieces[0].root.take() else { return nil }
        let firstMark = first.mark, firstTag = first.coreTag
        guard var topLevel = first.takePairs(), var open = OpenBlock(closing: &topLevel, plan.blocks[0]) else { return nil }
        for index in 1..<pieces.count {
            let cut = plan.cuts[index - 1], block = plan.blocks[cut.block]
            // The piece's first pair is read in place, not bound, so that its entries are held
            // once when they are moved.
            guard cut.block == open.index, var pairs = pieces[index].root.take()?.mapping, !pairs.isEmpty,
                  pairs[0].key.scalar == open.key.scalar, pairs[0].key.coreTag == open.key.coreTag,
                  Block(pairs[0].value, block.entries)?.startsAt(cut, indent: block.entryIndent) == true,
                  open.takeEntries(of: &pairs[0].value) else { return nil }
            var rest = Array(pairs.dropFirst())
            let nextBlock = index < plan.cuts.count ? plan.cuts[index].block : nil
            if nextBlock == open.index {
                guard rest.isEmpty else { return nil }
                continue
            }
            guard open.close(into: &topLevel) else { return nil }
            if let nextBlock {
                guard let opened = OpenBlock(closing: &rest, plan.blocks[nextBlock], index: nextBlock) else { return nil }
                open = opened
            }
            topLevel += rest
        }
        guard !hasDuplicateKeys(topLevel) else { return nil }
        return YAMLNode(.mapping(topLevel), at: firstMark, coreTag: firstTag)
    }

    /// A cut block whose entries are being gathered from the pieces it is in.
    private struct OpenBlock {
        let key: YAMLNode
        /// Where the block's value starts, and its tag: the joined value's.
        let valueMark: Mark
        let valueTag: YAMLCoreTag?
        let index: Int
        let kind: SplitPlan.Entries
        var pairs: [YAMLPair] = []
        var items: [YAMLNode] = []

        /// The block that ends `pairs`, taken off them: it must be `block`'s, its key on the header line.
        init?(closing pairs: inout [YAMLPair], _ block: SplitPlan.Block, index: Int = 0) {
            guard var last = pairs.popLast(), last.key.mark == Mark(line: block.headerLine, column: 1),
                  Block(last.value, block.entries)?.isEmpty == false else { return nil }
            key = last.key
            valueMark = last.value.mark
            valueTag = last.value.coreTag
            self.index = index
            kind = block.entries
            _ = takeEntries(of: &last.value)
        }

        /// Moves the entries of `node`, a block of this kind, to the end of the block's; false
        /// when it is another kind of node.
        mutating func takeEntries(of node: inout YAMLNode) -> Bool {
            switch kind {
            case .named:
                guard var more = node.takePairs() else { return false }
                pairs.appendMoving(from: &more, placeholder: .placeholder)
            case .listed:
                guard var more = node.takeItems() else { return false }
                items.appendMoving(from: &more, placeholder: .placeholder)
            }
            return true
        }

        /// Adds the block, all its entries gathered, to `topLevel`; false if its names repeat.
        func close(into topLevel: inout [YAMLPair]) -> Bool {
            if kind == .named && SplitEventReader.hasDuplicateKeys(pairs) { return false }
            let content: YAMLNode.Content = kind == .named ? .mapping(pairs) : .sequence(items)
            topLevel.append(YAMLPair(key: key, value: YAMLNode(content, at: valueMark, coreTag: valueTag)))
            return true
        }
    }

    /// The entries of a cut block, as one piece has them.
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

        /// Whether the first entry is the one on the cut's line: a name at the entries' indent, or
        /// an item on the dash's line.
        func startsAt(_ cut: SplitPlan.Cut, indent: Int) -> Bool {
            switch self {
            case .named(let pairs): pairs.first?.key.mark == Mark(line: cut.line, column: indent + 1)
            case .listed(let items): items.first?.mark.line == cut.line
            }
        }
    }

    fileprivate static func hasDuplicateKeys(_ pairs: [YAMLPair]) -> Bool {
        var found = false
        _ = MappingKeys.scan(pairs) { _, _ in found = true }
        return found
    }
}

import Diagnostics

/// Builds positioned nodes from libyaml events with an explicit stack (no recursion at any depth),
/// counting nesting and alias-expanded size as it goes. The entries of open collections wait in
/// buffers the builder owns (`OpenCollections`): it is passed `inout`, never copied.
struct TreeBuilder {
    enum Outcome { case more, finished, failed }

    private struct Frame {
        enum Kind { case sequence, mapping }
        let kind: Kind
        let mark: Mark
        let anchor: String?
        let tag: YAMLCoreTag?
        let nodesBefore: Int
        /// Where a sequence's items, or a mapping's pairs, begin in `openItems` or `openPairs`.
        let firstEntry: Int
        /// A mapping's key read before its value.
        var pendingKey: YAMLNode?
    }

    private struct Anchored {
        let node: YAMLNode
        let weight: Int
    }

    let limits: LoaderLimits
    private(set) var root: YAMLNode?
    private var stack: [Frame] = []
    /// The items of every open sequence and the pairs of every open mapping, innermost last.
    private let openItems = OpenCollections<YAMLNode>()
    private let openPairs = OpenCollections<YAMLPair>()
    private var anchors: [String: Anchored] = [:]
    /// Nodes so far, every alias counted at its anchored node's full size.
    private(set) var expandedNodes = 0
    /// Whether some mapping had merge keys (`<<`) applied.
    private(set) var appliedMerges = false
    private var documents = 0

    init(limits: LoaderLimits) {
        self.limits = limits
    }

    /// Takes a batch of events; `.finished` after the stream's end, `.failed` once an error is
    /// logged, `.more` when the batch is used up.
    mutating func accept(_ batch: EventBatch, log: inout DiagnosticLog) -> Outcome {
        var outcome = Outcome.more
        batch.forEach { record, arena in
            outcome = accept(record, arena: arena, log: &log)
            return outcome == .more
        }
        return outcome
    }

    private mutating func accept(_ record: EventBatch.Record, arena: UnsafeBufferPointer<UInt8>, log: inout DiagnosticLog) -> Outcome {
        let mark = record.mark
        switch record.kind {
        case .ignored:
            return .more
        case .streamEnd:
            return .finished
        case .parserError:
            log.error(EventBatch.string(record.text, in: arena) ?? "", at: mark)
            return .failed
        case .documentStart:
            documents += 1
            if documents > 1 {
                log.error("a design file holds one YAML document; a second one starts here", at: mark)
                return .failed
            }
            return .more
        case .scalar:
            guard let tag = checkedTag(record.tag, arena: arena, at: mark, log: &log) else { return .failed }
            guard count(1, at: mark, log: &log) else { return .failed }
            let scalar = YAMLScalar(EventBatch.string(record.text, in: arena) ?? "", style: record.style)
            return place(YAMLNode(.scalar(scalar), at: mark, coreTag: tag.value), weight: 1, anchor: EventBatch.string(record.anchor, in: arena))
        case .sequenceStart, .mappingStart:
            guard let tag = checkedTag(record.tag, arena: arena, at: mark, log: &log) else { return .failed }
            return open(record.kind == .sequenceStart ? .sequence : .mapping, at: mark,
                        anchor: EventBatch.string(record.anchor, in: arena), tag: tag.value, log: &log)
        case .end:
            return close(log: &log)
        case .alias:
            return repeatAnchor(named: EventBatch.string(record.text, in: arena) ?? "", at: mark, log: &log)
        }
    }

    /// Adds an alias's node: a copy of the anchored one, counted at its full size.
    private mutating func repeatAnchor(named name: String, at mark: Mark, log: inout DiagnosticLog) -> Outcome {
        guard let anchored = anchors[name] else {
            log.error("alias '*\(name)' refers to no anchor defined before it", at: mark)
            return .failed
        }
        guard count(anchored.weight, at: mark, log: &log) else { return .failed }
        return attach(anchored.node)
    }

    private mutating func open(_ kind: Frame.Kind, at mark: Mark, anchor: String?, tag: YAMLCoreTag?, log: inout DiagnosticLog) -> Outcome {
        if stack.count >= limits.maxDepth {
            log.error("nesting is deeper than \(limits.maxDepth) levels (--max-depth)", at: mark)
            return .failed
        }
        guard count(1, at: mark, log: &log) else { return .failed }
        let firstEntry = kind == .sequence ? openItems.count : openPairs.count
        stack.append(Frame(kind: kind, mark: mark, anchor: anchor, tag: tag, nodesBefore: expandedNodes - 1, firstEntry: firstEntry))
        return .more
    }

    private mutating func close(log: inout DiagnosticLog) -> Outcome {
        guard let frame = stack.popLast() else { return .more }
        let node: YAMLNode
        switch frame.kind {
        case .sequence:
            node = YAMLNode(.sequence(openItems.removeAll(from: frame.firstEntry)), at: frame.mark, coreTag: frame.tag)
        case .mapping:
            guard let merged = MappingResolver.resolve(openPairs.removeAll(from: frame.firstEntry), log: &log, merged: &appliedMerges) else { return .failed }
            node = YAMLNode(.mapping(merged), at: frame.mark, coreTag: frame.tag)
        }
        return place(node, weight: expandedNodes - frame.nodesBefore, anchor: frame.anchor)
    }

    /// Attaches a node that was counted, keeping it under its anchor if it has one.
    private mutating func place(_ node: __owned YAMLNode, weight: Int, anchor: String?) -> Outcome {
        if let anchor {
            anchors[anchor] = Anchored(node: node, weight: weight)
        }
        return attach(node)
    }

    /// Puts a finished node in its parent: a sequence's next item, a mapping's next key or the value
    /// that completes a pair (pairs are made as they are read; closing a mapping moves them out).
    private mutating func attach(_ node: consuming YAMLNode) -> Outcome {
        guard !stack.isEmpty else {
            root = node
            return .more
        }
        let top = stack.count - 1
        switch stack[top].kind {
        case .sequence:
            openItems.append(node)
        case .mapping:
            if let key = stack[top].pendingKey.take() {
                openPairs.append(YAMLPair(key: key, value: node))
            } else {
                stack[top].pendingKey = node
            }
        }
        return .more
    }

    /// Adds `weight` expanded nodes to the running total; refuses once the total passes the limit.
    private mutating func count(_ weight: Int, at mark: Mark, log: inout DiagnosticLog) -> Bool {
        expandedNodes += weight
        if expandedNodes > limits.maxNodes {
            log.error("the document expands to more than \(limits.maxNodes) nodes (--max-nodes); aliases that repeat large anchors can do this", at: mark)
            return false
        }
        return true
    }

    /// The explicit tag, if any, or nil after reporting a tag Dataplan does not accept.
    private func checkedTag(_ span: EventBatch.Span, arena: UnsafeBufferPointer<UInt8>, at mark: Mark,
                            log: inout DiagnosticLog) -> (value: YAMLCoreTag?, Void)? {
        guard span.count >= 0 else { return (nil, ()) }
        let start = Int(span.start)
        guard let tag = YAMLCoreTag(bytes: UnsafeBufferPointer(rebasing: arena[start ..< start + Int(span.count)])) else {
            log.error("tag '\(EventBatch.string(span, in: arena) ?? "")' is not supported; a design uses plain YAML values", at: mark)
            return nil
        }
        return (tag, ())
    }
}

import Diagnostics

/// Builds positioned nodes from libyaml events with an explicit stack (no recursion at any depth),
/// counting nesting and alias-expanded size as it goes.
struct TreeBuilder {
    enum Outcome { case more, finished, failed }

    private struct Frame {
        enum Kind { case sequence, mapping }
        let kind: Kind
        let mark: Mark
        let anchor: String?
        let tag: YAMLCoreTag?
        /// The long-form key of a CloudFormation short-form tag on the collection (`Fn::Join` for `!Join`).
        let intrinsic: String?
        let nodesBefore: Int
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
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
    private var anchors: [String: Anchored] = [:]
    /// Nodes so far, every alias counted at its anchored node's full size.
    private(set) var expandedNodes = 0
    /// Whether some mapping had merge keys (`<<`) applied.
    private(set) var appliedMerges = false
    private var documents = 0
    /// CloudFormation short-form tags read, each where it was written: a design may not use them.
    private(set) var intrinsicTags: [(name: String, mark: Mark)] = []

    init(limits: LoaderLimits) {
        self.limits = limits
    }

    /// Takes the next event; `.finished` after the stream's end, `.failed` once an error stops the tree.
    mutating func accept(_ event: Event, at mark: Mark, log: inout DiagnosticLog) -> Outcome {
        switch event {
        case .ignored:
            return .more
        case .streamEnd:
            return .finished
        case .documentStart:
            documents += 1
            if documents > 1 {
                log.error("a design file holds one YAML document; a second one starts here", at: mark)
                return .failed
            }
            return .more
        case .scalar(let value, let style, let anchor, let tag):
            guard let tag = checkedTag(tag, at: mark, log: &log) else { return .failed }
            guard count(1, at: mark, log: &log) else { return .failed }
            var node = YAMLNode(.scalar(YAMLScalar(value, style: style)), at: mark, coreTag: tag.core)
            if let intrinsic = tag.intrinsic { node = IntrinsicFunctionTag.longForm(intrinsic, of: node) }
            return place(node, weight: 1, anchor: anchor)
        case .sequenceStart(let anchor, let tag), .mappingStart(let anchor, let tag):
            guard let tag = checkedTag(tag, at: mark, log: &log) else { return .failed }
            let kind: Frame.Kind = if case .sequenceStart = event { .sequence } else { .mapping }
            return open(kind, at: mark, anchor: anchor, tag: tag, log: &log)
        case .end:
            return close(log: &log)
        case .alias(let name):
            return repeatAnchor(named: name, at: mark, log: &log)
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

    private mutating func open(
        _ kind: Frame.Kind, at mark: Mark, anchor: String?, tag: CheckedTag, log: inout DiagnosticLog
    ) -> Outcome {
        if stack.count >= limits.maxDepth {
            log.error("nesting is deeper than \(limits.maxDepth) levels (--max-depth)", at: mark)
            return .failed
        }
        guard count(1, at: mark, log: &log) else { return .failed }
        stack.append(
            Frame(
                kind: kind, mark: mark, anchor: anchor, tag: tag.core, intrinsic: tag.intrinsic,
                nodesBefore: expandedNodes - 1))
        return .more
    }

    private mutating func close(log: inout DiagnosticLog) -> Outcome {
        guard let frame = stack.popLast() else { return .more }
        var node: YAMLNode
        switch frame.kind {
        case .sequence:
            node = YAMLNode(.sequence(frame.items), at: frame.mark, coreTag: frame.tag)
        case .mapping:
            guard let merged = MappingResolver.resolve(frame.pairs, log: &log, merged: &appliedMerges) else {
                return .failed
            }
            node = YAMLNode(.mapping(merged), at: frame.mark, coreTag: frame.tag)
        }
        if let intrinsic = frame.intrinsic { node = IntrinsicFunctionTag.longForm(intrinsic, of: node) }
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
            stack[top].items.append(node)
        case .mapping:
            if let key = stack[top].pendingKey.take() {
                stack[top].pairs.append(YAMLPair(key: key, value: node))
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
            log.error(
                "the document expands to more than \(limits.maxNodes) nodes (--max-nodes); aliases that repeat large "
                    + "anchors can do this",
                at: mark)
            return false
        }
        return true
    }

    /// A tag the loader accepts: one of YAML's core schema, or a CloudFormation short form.
    private struct CheckedTag {
        var core: YAMLCoreTag?
        var intrinsic: String?
    }

    /// The explicit tag, if any, or nil after reporting a tag Dataplan does not accept.
    private mutating func checkedTag(_ name: String?, at mark: Mark, log: inout DiagnosticLog) -> CheckedTag? {
        guard let name else { return CheckedTag() }
        if let tag = YAMLCoreTag(name) { return CheckedTag(core: tag) }
        if let longForm = IntrinsicFunctionTag.longForms[name] {
            intrinsicTags.append((name, mark))
            return CheckedTag(intrinsic: longForm)
        }
        log.error("tag '\(name)' is not supported; a design uses plain YAML values", at: mark)
        return nil
    }
}

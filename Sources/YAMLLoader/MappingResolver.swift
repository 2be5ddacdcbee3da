import Diagnostics

/// Applies YAML merge keys (`<<`) and refuses duplicate keys in one mapping.
enum MappingResolver {
    /// The mapping's pairs with merges applied, or nil after reporting why it is not a valid mapping.
    /// A mapping without merge keys (nearly all) is returned as it is, without a copy.
    /// `keys`, when given, are the mapping's keys as the tree builder read them (`MappingKeys`).
    static func resolve(_ pairs: [YAMLPair], keys: MappingKeys? = nil, log: inout DiagnosticLog) -> [YAMLPair]? {
        var hasMerges = false
        var valid = true
        if let keys, keys.allASCII {
            hasMerges = keys.hasMerges
            keys.forEachDuplicate(in: pairs) { index, first in
                report(pairs[index].key, firstAt: first, log: &log)
                valid = false
            }
        } else {
            let seen = SeenKeys(pairs)
            for index in pairs.indices {
                let key = pairs[index].key
                if isMergeKey(key) {
                    hasMerges = true
                    continue
                }
                guard let name = key.scalar?.value else { continue }
                if let first = seen.firstMark(of: name, before: index) {
                    report(key, firstAt: first, log: &log)
                    valid = false
                }
            }
        }
        guard valid else { return nil }
        guard hasMerges else { return pairs }
        return merged(pairs, log: &log)
    }

    private static func report(_ key: YAMLNode, firstAt first: Mark, log: inout DiagnosticLog) {
        log.error("duplicate key '\(key.scalar?.value ?? "")'; it is first defined at line \(first.line), column \(first.column)", at: key.mark)
    }

    /// The explicit pairs, then each merged mapping's pairs whose keys are not yet present.
    private static func merged(_ pairs: [YAMLPair], log: inout DiagnosticLog) -> [YAMLPair]? {
        var result = pairs.filter { !isMergeKey($0.key) }
        var present = Set(result.compactMap { $0.key.scalar?.value })
        for merge in pairs.filter({ isMergeKey($0.key) }).map(\.value) {
            let sources: [YAMLNode]
            switch merge.content {
            case .mapping: sources = [merge]
            case .sequence(let items): sources = items
            case .scalar:
                log.error("a merge key `<<` takes a mapping or a list of mappings", at: merge.mark)
                return nil
            }
            for source in sources {
                guard let sourcePairs = source.mapping else {
                    log.error("a merge key `<<` takes a mapping or a list of mappings", at: source.mark)
                    return nil
                }
                for pair in sourcePairs {
                    guard let key = pair.key.scalar?.value, present.insert(key).inserted else { continue }
                    result.append(pair)
                }
            }
        }
        return result
    }

    /// Where each key of one mapping is first written. A small mapping (most have a handful of
    /// keys) is searched among the keys before, with nothing allocated: comparing a few short
    /// strings costs less than hashing them. A larger one is indexed in a dictionary once.
    private struct SeenKeys {
        private let pairs: [YAMLPair]
        private var firstIndices: [String: Int]?
        private static let scanLimit = 8

        init(_ pairs: [YAMLPair]) {
            self.pairs = pairs
            guard pairs.count > Self.scanLimit else { return }
            var indices: [String: Int] = [:]
            indices.reserveCapacity(pairs.count)
            for (index, pair) in pairs.enumerated() where !isMergeKey(pair.key) {
                guard let key = pair.key.scalar?.value, indices[key] == nil else { continue }
                indices[key] = index
            }
            firstIndices = indices
        }

        /// The mark of the first explicit pair with key `name` before `index`, if there is one.
        func firstMark(of name: String, before index: Int) -> Mark? {
            if let firstIndices {
                guard let first = firstIndices[name], first < index else { return nil }
                return pairs[first].key.mark
            }
            for earlier in pairs[..<index] where !isMergeKey(earlier.key) && earlier.key.scalar?.value == name {
                return earlier.key.mark
            }
            return nil
        }
    }

    static func isMergeKey(_ key: YAMLNode) -> Bool {
        guard let scalar = key.scalar else { return false }
        if key.tag == "tag:yaml.org,2002:merge" { return true }
        return scalar.value == "<<" && scalar.style == .plain && key.tag == nil
    }
}

import Diagnostics

/// Applies YAML merge keys (`<<`) and refuses duplicate keys in one mapping.
enum MappingResolver {
    /// The mapping's pairs with merges applied, or nil after reporting why it is not a valid mapping.
    static func resolve(_ pairs: [YAMLPair], log: inout DiagnosticLog) -> [YAMLPair]? {
        var explicit: [YAMLPair] = []
        explicit.reserveCapacity(pairs.count)
        var merges: [YAMLNode] = []
        var firstMarks = SeenKeys()
        var valid = true
        for pair in pairs {
            if isMergeKey(pair.key) {
                merges.append(pair.value)
                continue
            }
            if let key = pair.key.scalar?.value {
                if let first = firstMarks.mark(of: key) {
                    log.error("duplicate key '\(key)'; it is first defined at line \(first.line), column \(first.column)", at: pair.key.mark)
                    valid = false
                    continue
                }
                firstMarks.insert(key, at: pair.key.mark)
            }
            explicit.append(pair)
        }
        guard valid else { return nil }
        guard !merges.isEmpty else { return explicit }

        var result = explicit
        for merge in merges {
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
                    guard let key = pair.key.scalar?.value, firstMarks.mark(of: key) == nil else { continue }
                    firstMarks.insert(key, at: pair.key.mark)
                    result.append(pair)
                }
            }
        }
        return result
    }

    /// The keys of one mapping seen so far, each with where it is first written: a list while the
    /// mapping is small (most have a handful of keys, and comparing a few short strings costs less
    /// than hashing them), a dictionary once it grows.
    private struct SeenKeys {
        private var few: [(key: String, mark: Mark)] = []
        private var many: [String: Mark]?
        private static let listLimit = 8

        func mark(of key: String) -> Mark? {
            if let many { return many[key] }
            return few.first { $0.key == key }?.mark
        }

        mutating func insert(_ key: String, at mark: Mark) {
            if many != nil {
                many?[key] = mark
            } else if few.count < Self.listLimit {
                few.append((key, mark))
            } else {
                many = Dictionary(few, uniquingKeysWith: { first, _ in first })
                many?[key] = mark
            }
        }
    }

    private static func isMergeKey(_ key: YAMLNode) -> Bool {
        guard let scalar = key.scalar else { return false }
        if key.tag == "tag:yaml.org,2002:merge" { return true }
        return scalar.value == "<<" && scalar.style == .plain && key.tag == nil
    }
}

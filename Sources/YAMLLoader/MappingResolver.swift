import Diagnostics

/// Applies YAML merge keys (`<<`) and refuses duplicate keys in one mapping.
enum MappingResolver {
    /// The mapping's pairs with merges applied, or nil after reporting why it is not a valid mapping.
    /// A mapping without merge keys (nearly all) is returned as it is, without a copy; `merged` is
    /// set when one had some. Every duplicate key is reported and dropped, so that reading goes on
    /// and the file's other duplicates are reported too (the log's errors then keep the tree out).
    static func resolve(_ pairs: [YAMLPair], log: inout DiagnosticLog, merged: inout Bool) -> [YAMLPair]? {
        var duplicates: Set<Int> = []
        let hasMerges = MappingKeys.scan(pairs) { index, first in
            report(pairs[index].key, firstAt: first, log: &log)
            duplicates.insert(index)
        }
        let pairs = duplicates.isEmpty ? pairs : pairs.indices.filter { !duplicates.contains($0) }.map { pairs[$0] }
        guard hasMerges else { return pairs }
        merged = true
        return applyingMerges(pairs, log: &log)
    }

    private static func report(_ key: YAMLNode, firstAt first: Mark, log: inout DiagnosticLog) {
        log.error(
            "duplicate key '\(key.scalar?.value ?? "")'; it is first defined at line \(first.line), column "
                + "\(first.column)",
            at: key.mark)
    }

    /// The explicit pairs, then each merged mapping's pairs whose keys are not yet present.
    private static func applyingMerges(_ pairs: [YAMLPair], log: inout DiagnosticLog) -> [YAMLPair]? {
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

    static func isMergeKey(_ key: YAMLNode) -> Bool {
        guard let scalar = key.scalar else { return false }
        if key.coreTag == .merge { return true }
        return scalar.value == "<<" && scalar.style == .plain && key.coreTag == nil
    }
}

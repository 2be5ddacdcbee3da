import Diagnostics

/// Finds the duplicate keys of a mapping. Keys that are not scalars and merge keys are never
/// duplicates; names are compared as Swift compares strings, by canonical equivalence (the Kelvin
/// sign is the letter K).
enum MappingKeys {
    /// Calls `duplicate`, in index order, with the index of each key whose name an earlier key
    /// already has, and the mark of the first key with that name; returns whether some key is a
    /// merge key (`<<`).
    static func scan(_ pairs: [YAMLPair], duplicate: (Int, Mark) -> Void) -> Bool {
        var first: [String: Mark] = [:]
        var hasMerges = false
        for (index, pair) in pairs.enumerated() {
            if MappingResolver.isMergeKey(pair.key) {
                hasMerges = true
                continue
            }
            guard let name = pair.key.scalar?.value else { continue }
            if let earlier = first[name] {
                duplicate(index, earlier)
            } else {
                first[name] = pair.key.mark
            }
        }
        return hasMerges
    }
}

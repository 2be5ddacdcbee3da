import Diagnostics

extension YAMLNode {
    /// The mapping's pairs by key, for readers of files with a fixed set of keys (rules, rate
    /// tables, the config). A key not in `allowed` is an error naming the closest allowed one and is
    /// left out; nil (after reporting) only when the node is not a mapping.
    public func knownFields(allowed: [String], context: String, log: inout DiagnosticLog) -> [String: YAMLPair]? {
        guard let pairs = mapping else {
            log.error("\(context) must be a mapping; found \(kindDescription)", at: mark)
            return nil
        }
        var result: [String: YAMLPair] = [:]
        for pair in pairs {
            guard let key = pair.key.scalar?.value else {
                log.error("a key must be a plain name; found \(pair.key.kindDescription)", at: pair.key.mark)
                continue
            }
            guard allowed.contains(key) else {
                log.error(
                    "unknown key '\(key)' in \(context)\(Suggestion.hint(for: key, among: allowed))", at: pair.key.mark)
                continue
            }
            result[key] = pair
        }
        return result
    }

    /// As `knownFields`, but nil when any key is unknown: for readers that stop at the first bad entry.
    public func fields(allowed: [String], context: String, log: inout DiagnosticLog) -> [String: YAMLPair]? {
        let before = log.diagnostics.count
        let known = knownFields(allowed: allowed, context: context, log: &log)
        return log.diagnostics.count == before ? known : nil
    }
}

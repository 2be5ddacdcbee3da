/// Finds the closest known word to a misspelt one, for "did you mean" hints.
public enum Suggestion {
    /// The candidate nearest to `word` by edit distance, if it is near enough to be a likely typo; else the one
    /// that shares the most of its words (`kinesis-stream` → `kinesis-data-streams`, `sqs-queue` → `sqs`).
    public static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        closestBySpelling(to: word, among: candidates) ?? closestByWords(to: word, among: candidates)
    }

    /// The candidate that shares the most words with `word`, counting only one that shares at least half of its
    /// own words; ties go to the candidate with fewer words, then to the first by name.
    static func closestByWords(to word: String, among candidates: some Sequence<String>) -> String? {
        let mine = Set(words(word))
        var best: (candidate: String, shared: Int, length: Int)?
        for candidate in candidates {
            let theirs = Set(words(candidate))
            let shared = theirs.intersection(mine).count
            guard shared > 0, shared * 2 >= theirs.count else { continue }
            if let current = best {
                let better =
                    shared > current.shared
                    || shared == current.shared
                        && (theirs.count < current.length
                            || theirs.count == current.length && candidate < current.candidate)
                guard better else { continue }
            }
            best = (candidate, shared, theirs.count)
        }
        return best?.candidate
    }

    /// The words of a name, lower-cased, a plural's final `s` dropped: `Kinesis-Data-Streams` → kinesis, data, stream.
    static func words(_ name: String) -> [String] {
        name.lowercased().split { !$0.isLetter && !$0.isNumber }.map { word in
            word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : String(word)
        }
    }

    static func closestBySpelling(to word: String, among candidates: some Sequence<String>) -> String? {
        let limit = max(2, word.count / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(word, candidate, limit: limit)
            guard distance <= limit else { continue }
            if best == nil || distance < best!.distance || (distance == best!.distance && candidate < best!.candidate) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// " (did you mean 'x'?)" or an empty string.
    public static func hint(for word: String, among candidates: some Sequence<String>) -> String {
        guard let match = closest(to: word, among: candidates) else { return "" }
        return "; did you mean '\(match)'?"
    }

    /// Levenshtein distance, giving up early (returning `limit + 1`) once it must exceed `limit`.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let a = Array(a.lowercased().unicodeScalars)
        let b = Array(b.lowercased().unicodeScalars)
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

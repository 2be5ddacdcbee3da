import Diagnostics
import YAMLLoader
import Parallel

/// Reads a design's components and flows while its file is still being loaded: the loader tells it
/// of each entry of `components` and each item of `flows` as it is finished, and it reads them
/// there, on the thread that builds the tree, while libyaml parses the rest on its own.
///
/// What it reads is used only where it is exactly what `DesignReader` would read from the final
/// tree: the same `components` and `flows` pairs (the same entries at the same positions), and the
/// same design region and tags. Anything else (a top-level merge key, `region` or `tags` written
/// after `components`, `flows` before it) is read again from the tree, so the outcome, diagnostics
/// and order included, is always the tree's.
public final class DesignReadAhead: LoadWatcher {
    private let file: String
    private let limits: DesignLimits
    /// Top-level `region` and `tags`, as far as they have been read.
    private var regionPair: YAMLPair?
    private var tagsPair: YAMLPair?
    /// The design region and tags the components are read with, set at the first component.
    private var designRegion: String?
    private var designTags: [String: String] = [:]
    private var components: ReadAheadCollection<YAMLPair, Component>?
    private var flows: ReadAheadCollection<YAMLNode, Flow>?
    /// The finished `components` pair and the names it gives flows to refer to.
    private var componentsPair: YAMLPair?
    private var names: Set<String>?

    public init(file: String, limits: DesignLimits = .default) {
        self.file = file
        self.limits = limits
    }

    public func finished(topLevel pair: YAMLPair) {
        switch pair.key.scalar?.value {
        case "region": regionPair = pair
        case "tags": tagsPair = pair
        case "components":
            componentsPair = pair
            names = ReaderState.names(in: pair)
        default: break
        }
    }

    public func finished(entry: YAMLPair, at index: Int, under key: YAMLNode) {
        guard key.scalar?.value == "components" else { return }
        if components?.keyMark != key.mark {
            let (region, tags) = regionAndTags()
            components = ReadAheadCollection(keyMark: key.mark, file: file, limits: limits) { state, entry in
                state.readComponent(entry, designRegion: region, designTags: tags).map { [$0] } ?? []
            }
        }
        components!.add(entry, at: index, mark: entry.key.mark, upTo: limits.maxComponents)
    }

    public func finished(item: YAMLNode, at index: Int, under key: YAMLNode) {
        guard key.scalar?.value == "flows" else { return }
        if flows?.keyMark != key.mark {
            let names = names
            flows = ReadAheadCollection(keyMark: key.mark, file: file, limits: limits) { state, item in
                names.map { state.readFlow(item, names: $0) } ?? []
            }
            flows!.usable = names != nil
        }
        flows!.add(item, at: index, mark: item.mark, upTo: limits.maxFlows)
    }

    /// The design region and tags as written before the first component; read once.
    private func regionAndTags() -> (String, [String: String]) {
        if let designRegion { return (designRegion, designTags) }
        var scratch = ReaderState(file: file, limits: limits)
        let region = scratch.readRegion(regionPair)
        designRegion = region
        designTags = tagsPair.flatMap { scratch.readTags($0) } ?? [:]
        return (region, designTags)
    }

    /// The components read ahead, with their diagnostics in order, when they are those of `pair`
    /// read with `designRegion` and `designTags`; nil when they must be read from the tree.
    func components(of pair: YAMLPair, designRegion region: String,
                    designTags tags: [String: String]) -> (outputs: [Component], diagnostics: [Diagnostic])? {
        guard components?.matches(pair.key.mark, pair.value.mapping?.map(\.key.mark)) == true,
              designRegion == region, designTags == tags else { return nil }
        return components!.results()
    }

    /// The flows read ahead, with their diagnostics in order, when they are those of `pair` and
    /// were read against the names of the final `components` pair; nil when they must be read from the tree.
    func flows(of pair: YAMLPair, components: YAMLPair) -> (outputs: [Flow], diagnostics: [Diagnostic])? {
        guard flows?.matches(pair.key.mark, pair.value.sequence?.map(\.mark)) == true,
              let componentsPair, componentsPair.key.mark == components.key.mark,
              componentsPair.value.mapping?.map(\.key.mark) == components.value.mapping?.map(\.key.mark) else { return nil }
        return flows!.results()
    }
}

/// The entries of one top-level collection read ahead: read in batches on other cores as they
/// arrive, each batch with its own log, joined in order.
struct ReadAheadCollection<Entry: Sendable, Output: Sendable> {
    typealias Batch = (outputs: [Output], diagnostics: [Diagnostic])

    /// The top-level key's position.
    let keyMark: Mark
    /// Each entry's position (its key's, for a mapping), in order.
    private(set) var entryMarks: [Mark] = []
    /// False once an entry could not be read ahead: the collection is then read from the tree.
    var usable = true
    private var pending: [Entry] = []
    private let work = WorkAhead<Batch>()
    private let file: String
    private let limits: DesignLimits
    private let read: @Sendable (inout ReaderState, Entry) -> [Output]

    /// Entries read together, on one core.
    static var batchSize: Int { 256 }

    init(keyMark: Mark, file: String, limits: DesignLimits, read: @escaping @Sendable (inout ReaderState, Entry) -> [Output]) {
        self.keyMark = keyMark
        self.file = file
        self.limits = limits
        self.read = read
    }

    /// Takes the entry at `index`, the next one expected, unless there are `limit` already.
    mutating func add(_ entry: Entry, at index: Int, mark: Mark, upTo limit: Int) {
        guard usable else { return }
        guard index == entryMarks.count, index < limit else {
            usable = false
            return
        }
        entryMarks.append(mark)
        pending.append(entry)
        if pending.count == Self.batchSize { startPending() }
    }

    private mutating func startPending() {
        let entries = pending, file = file, limits = limits, read = read
        pending = []
        work.start {
            var state = ReaderState(file: file, limits: limits)
            var outputs: [Output] = []
            for entry in entries { outputs += read(&state, entry) }
            return (outputs, state.values.log.diagnostics)
        }
    }

    /// Whether these are the final tree's entries: the same key, and entries at the same places.
    /// A position names one place in the file, and a pair or item written there is finished only once.
    func matches(_ keyMark: Mark, _ marks: [Mark]?) -> Bool {
        usable && self.keyMark == keyMark && entryMarks == marks
    }

    /// Every entry's outputs and diagnostics, in order.
    mutating func results() -> Batch {
        if !pending.isEmpty { startPending() }
        let batches = work.results()
        return batches.count == 1 ? batches[0] : (batches.flatMap(\.outputs), batches.flatMap(\.diagnostics))
    }
}

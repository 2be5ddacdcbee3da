/// Told of a document's top-level parts as each is finished, while the rest of the file is still
/// being read, so that a reader above the loader can start on them as the file streams in.
///
/// Called on the thread that builds the tree, in document order. What it is told is a draft: the
/// document's final tree may differ (a top-level merge key, a duplicate key, an error later in the
/// file), so a watcher must check its work against `LoadedDocument.root` before using it.
public protocol LoadWatcher: AnyObject {
    /// A pair of the top-level mapping, its value finished.
    func finished(topLevel pair: YAMLPair)
    /// The pair at `index` of a mapping that is the value of the top-level key `key`.
    func finished(entry: YAMLPair, at index: Int, under key: YAMLNode)
    /// The item at `index` of a sequence that is the value of the top-level key `key`.
    func finished(item: YAMLNode, at index: Int, under key: YAMLNode)
}

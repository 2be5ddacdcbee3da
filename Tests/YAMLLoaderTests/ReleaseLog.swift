/// An object that notes in a shared log when it is freed: tests that move entries between
/// buffers check that each is released exactly once.
final class Counted {
    let id: Int
    let released: Released

    init(_ id: Int, _ released: Released) {
        self.id = id
        self.released = released
    }

    deinit { released.ids.append(id) }
}

/// The ids of the `Counted` objects freed so far, in the order they were freed.
final class Released {
    var ids: [Int] = []
}

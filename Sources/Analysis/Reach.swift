import Model

/// Multi-source reachability over a design's graph: each component and flow visited at most once.
enum Reach {
    /// Components reachable from any seed (seeds included) along flows.
    ///
    /// A component marked in `stoppingAt` is never entered, so nothing beyond it is reached through it.
    static func forward(from seeds: [Int], in graph: DesignGraph, stoppingAt blocked: [Bool]? = nil) -> [Bool] {
        walk(from: seeds, count: graph.design.components.count, blocked: blocked) { node in
            graph.outgoing[node].lazy.map { graph.ends[$0].to }
        }
    }

    /// Components from which any seed can be reached (seeds included).
    static func backward(from seeds: [Int], in graph: DesignGraph) -> [Bool] {
        walk(from: seeds, count: graph.design.components.count, blocked: nil) { node in
            graph.incoming[node].lazy.map { graph.ends[$0].from }
        }
    }

    private static func walk<Neighbours: Sequence<Int>>(
        from seeds: [Int], count: Int, blocked: [Bool]?, neighbours: (Int) -> Neighbours
    ) -> [Bool] {
        var visited = [Bool](repeating: false, count: count)
        var pending: [Int] = []
        for seed in seeds where !visited[seed] && !(blocked?[seed] ?? false) {
            visited[seed] = true
            pending.append(seed)
        }
        while let node = pending.popLast() {
            for next in neighbours(node) where !visited[next] && !(blocked?[next] ?? false) {
                visited[next] = true
                pending.append(next)
            }
        }
        return visited
    }
}

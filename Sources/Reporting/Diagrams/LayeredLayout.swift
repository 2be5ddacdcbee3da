/// A layered drawing of a directed graph, after Sugiyama, Tagawa and Toda (1981) as Graphviz's `dot` does it
/// (Gansner, Koutsofios, North and Vo, "A Technique for Drawing Directed Graphs", 1993): ranks by longest path,
/// every edge given a label node in the rank between its ends (so no label lands on another or on a box) and
/// dummy nodes on the ranks it spans, crossings reduced by barycentre sweeps with transposition, positions
/// pulled to their neighbours' median so that runs stay straight, and edges routed through their own nodes.
struct LayeredLayout {
    struct Size {
        var width: Double
        var height: Double
    }

    struct Rect: Equatable {
        var x: Double
        var y: Double
        var width: Double
        var height: Double

        var maxX: Double { x + width }
        var maxY: Double { y + height }
        var midY: Double { y + height / 2 }

        func intersects(_ other: Rect) -> Bool {
            x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
        }
    }

    struct Point: Equatable {
        var x: Double
        var y: Double
    }

    struct Edge {
        let from: Int
        let to: Int
        /// Text drawn on the edge; the label node is sized to it.
        let label: Size
        /// A flow, followed before the other links when a cycle is broken, so that data reads left to right.
        var primary = true
    }

    /// Where each node's box is, by the index the caller gave it.
    private(set) var boxes: [Rect] = []
    /// Each edge's label box (in the rank between its ends) and its route, from its source to its target.
    private(set) var labels: [Rect] = []
    private(set) var routes: [[Point]] = []
    private(set) var width: Double = 0
    private(set) var height: Double = 0

    static let rankGap = 36.0
    static let nodeGap = 18.0

    /// Lays out `sizes.count` nodes and `edges` between them, from `origin` down and to the right.
    init(sizes: [Size], edges: [Edge], origin: Point) {
        let rank = Self.ranks(count: sizes.count, edges: edges)
        // Every node of the drawing: the given ones, then for each edge a label node and dummies on the ranks it spans.
        var nodeRank = rank.map { $0 * 2 }
        var nodeSize = sizes
        var chains: [[Int]] = []
        for edge in edges {
            let (low, high) = nodeRank[edge.from] <= nodeRank[edge.to] ? (edge.from, edge.to) : (edge.to, edge.from)
            var chain = [low]
            let first = nodeRank[low] + 1
            let last = max(nodeRank[high] - 1, first)
            for r in first...last {
                nodeRank.append(r)
                nodeSize.append(r == first ? edge.label : Size(width: 2, height: 2))
                chain.append(nodeRank.count - 1)
            }
            chain.append(high)
            // A chain runs from its lower rank to its higher; an edge drawn against the ranks is reversed back.
            chains.append(low == edge.from ? chain : chain.reversed())
        }
        let rankCount = (nodeRank.max() ?? 0) + 1
        var layers = [[Int]](repeating: [], count: rankCount)
        for node in nodeRank.indices { layers[nodeRank[node]].append(node) }
        var links = [[Int]](repeating: [], count: nodeRank.count)  // neighbours on the next rank
        var backLinks = [[Int]](repeating: [], count: nodeRank.count)  // neighbours on the previous rank
        for chain in chains {
            let ordered = nodeRank[chain[0]] < nodeRank[chain[chain.count - 1]] ? chain : chain.reversed()
            for (a, b) in zip(ordered, ordered.dropFirst()) {
                links[a].append(b)
                backLinks[b].append(a)
            }
        }
        layers = Self.orderToReduceCrossings(layers, links: links, backLinks: backLinks)

        // Coordinates: ranks left to right, each as wide as its widest node; within a rank, top to bottom.
        var rankX = [Double](repeating: origin.x, count: rankCount)
        var rankWidth = [Double](repeating: 0, count: rankCount)
        var x = origin.x
        for r in 0..<rankCount {
            rankX[r] = x
            rankWidth[r] = layers[r].map { nodeSize[$0].width }.max() ?? 0
            x += rankWidth[r] + Self.rankGap
        }
        let y = Self.verticalPositions(layers, sizes: nodeSize, links: links, backLinks: backLinks)
        let top = y.indices.map { y[$0] - nodeSize[$0].height / 2 }.min() ?? 0
        var rects = nodeSize.indices.map { node in
            Rect(
                x: rankX[nodeRank[node]] + (rankWidth[nodeRank[node]] - nodeSize[node].width) / 2,
                y: y[node] - nodeSize[node].height / 2 - top + origin.y, width: nodeSize[node].width,
                height: nodeSize[node].height)
        }
        // A given node sits at the left of its rank, so that edges leave every box of a rank at one x.
        for node in sizes.indices { rects[node].x = rankX[nodeRank[node]] }
        boxes = Array(rects.prefix(sizes.count))
        labels = chains.map { rects[$0[1]] }
        routes = chains.map { chain in
            Self.route(chain, rects: rects, rankX: rankX, rankWidth: rankWidth, rank: nodeRank)
        }
        width = max(x - Self.rankGap, origin.x) - origin.x
        height = (rects.map(\.maxY).max() ?? origin.y) - origin.y
    }

    /// Longest-path ranks over an acyclic orientation: a depth-first search from the nodes nothing flows into,
    /// flows before other links, turns each edge that closes a cycle around, as `dot` does.
    static func ranks(count: Int, edges: [Edge]) -> [Int] {
        var outgoing = [[Int]](repeating: [], count: count)
        var hasIncoming = [Bool](repeating: false, count: count)
        for (index, edge) in edges.enumerated() where edge.from != edge.to {
            outgoing[edge.from].append(index)
            if edge.primary { hasIncoming[edge.to] = true }
        }
        for node in 0..<count {
            outgoing[node].sort { (edges[$0].primary ? 0 : 1, $0) < (edges[$1].primary ? 0 : 1, $1) }
        }
        enum Visit { case new, open, done }
        var visit = [Visit](repeating: .new, count: count)
        var reversed = Set<Int>()
        let starts = (0..<count).filter { !hasIncoming[$0] } + (0..<count).filter { hasIncoming[$0] }
        for start in starts where visit[start] == .new {
            var stack: [(node: Int, next: Int)] = [(start, 0)]
            visit[start] = .open
            while let top = stack.last {
                guard top.next < outgoing[top.node].count else {
                    visit[top.node] = .done
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let edge = outgoing[top.node][top.next]
                let target = edges[edge].to
                switch visit[target] {
                case .open: reversed.insert(edge)
                case .new:
                    visit[target] = .open
                    stack.append((target, 0))
                case .done: break
                }
            }
        }
        // Longest path over the oriented edges, in an order where every node follows its predecessors.
        var successors = [[Int]](repeating: [], count: count)
        var indegree = [Int](repeating: 0, count: count)
        for (index, edge) in edges.enumerated() where edge.from != edge.to {
            let (from, to) = reversed.contains(index) ? (edge.to, edge.from) : (edge.from, edge.to)
            successors[from].append(to)
            indegree[to] += 1
        }
        var rank = [Int](repeating: 0, count: count)
        var ready = (0..<count).filter { indegree[$0] == 0 }
        while let node = ready.popLast() {
            for next in successors[node] {
                rank[next] = max(rank[next], rank[node] + 1)
                indegree[next] -= 1
                if indegree[next] == 0 { ready.append(next) }
            }
        }
        return rank
    }

    /// Barycentre sweeps down and up the ranks, each followed by transposing neighbours while that removes
    /// crossings; the order with the fewest crossings seen is kept.
    static func orderToReduceCrossings(_ start: [[Int]], links: [[Int]], backLinks: [[Int]]) -> [[Int]] {
        var layers = start
        var best = layers
        var bestCrossings = crossings(layers, links: links)
        let edgeCount = links.reduce(0) { $0 + $1.count }
        let sweeps = edgeCount > 4_000 ? 2 : 24
        for sweep in 0..<sweeps where bestCrossings > 0 {
            let down = sweep % 2 == 0
            let ranks = down ? Array(1..<max(layers.count, 1)) : Array((0..<max(layers.count - 1, 0)).reversed())
            for r in ranks {
                let reference = down ? layers[r - 1] : layers[r + 1]
                var position = [Int: Double]()
                for (index, node) in reference.enumerated() { position[node] = Double(index) }
                let keyed = layers[r].enumerated().map { index, node -> (Double, Int, Int) in
                    let neighbours = (down ? backLinks[node] : links[node]).compactMap { position[$0] }
                    let barycentre =
                        neighbours.isEmpty ? Double(index) : neighbours.reduce(0, +) / Double(neighbours.count)
                    return (barycentre, index, node)
                }
                layers[r] = keyed.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
            }
            if edgeCount <= 4_000 { transpose(&layers, links: links, backLinks: backLinks) }
            let count = crossings(layers, links: links)
            if count < bestCrossings {
                bestCrossings = count
                best = layers
            }
        }
        return best
    }

    /// Swaps neighbours in a rank while a swap lowers the crossings with the ranks on either side.
    static func transpose(_ layers: inout [[Int]], links: [[Int]], backLinks: [[Int]]) {
        var improved = true
        var rounds = 0
        while improved && rounds < 8 {
            improved = false
            rounds += 1
            for r in layers.indices where layers[r].count > 1 {
                for i in 0..<(layers[r].count - 1) {
                    let (v, w) = (layers[r][i], layers[r][i + 1])
                    let before = pairCrossings(v, w, layers, r, links: links, backLinks: backLinks)
                    let after = pairCrossings(w, v, layers, r, links: links, backLinks: backLinks)
                    if after < before {
                        layers[r].swapAt(i, i + 1)
                        improved = true
                    }
                }
            }
        }
    }

    /// Crossings between the edges of `v` and of `w` when `v` is just above `w` in rank `r`.
    private static func pairCrossings(
        _ v: Int, _ w: Int, _ layers: [[Int]], _ r: Int, links: [[Int]], backLinks: [[Int]]
    ) -> Int {
        var count = 0
        for (neighbours, rank) in [(links, r + 1), (backLinks, r - 1)] where layers.indices.contains(rank) {
            var position = [Int: Int]()
            for (index, node) in layers[rank].enumerated() { position[node] = index }
            for a in neighbours[v].compactMap({ position[$0] }) {
                for b in neighbours[w].compactMap({ position[$0] }) where a > b { count += 1 }
            }
        }
        return count
    }

    /// Crossings between every pair of adjacent ranks: pairs of edges whose ends are in opposite orders.
    static func crossings(_ layers: [[Int]], links: [[Int]]) -> Int {
        var total = 0
        for r in 0..<max(layers.count - 1, 0) {
            var position = [Int: Int]()
            for (index, node) in layers[r + 1].enumerated() { position[node] = index }
            var ends: [(Int, Int)] = []
            for (index, node) in layers[r].enumerated() {
                for target in links[node] { if let p = position[target] { ends.append((index, p)) } }
            }
            for i in ends.indices {
                for j in (i + 1)..<ends.count
                where (ends[i].0 - ends[j].0) * (ends[i].1 - ends[j].1) < 0 {
                    total += 1
                }
            }
        }
        return total
    }

    /// Centres on the vertical axis: stacked in rank order, then pulled a few times toward the median of their
    /// neighbours while keeping the order and the gap between boxes.
    static func verticalPositions(_ layers: [[Int]], sizes: [Size], links: [[Int]], backLinks: [[Int]]) -> [Double] {
        var y = [Double](repeating: 0, count: sizes.count)
        for layer in layers {
            var next = 0.0
            for node in layer {
                y[node] = next + sizes[node].height / 2
                next += sizes[node].height + nodeGap
            }
        }
        for pass in 0..<8 {
            let ranks = pass % 2 == 0 ? Array(layers.indices) : Array(layers.indices.reversed())
            for r in ranks {
                let layer = layers[r]
                let wanted = layer.map { node -> Double in
                    let neighbours = (links[node] + backLinks[node]).map { y[$0] }.sorted()
                    guard !neighbours.isEmpty else { return y[node] }
                    let middle = neighbours.count / 2
                    return neighbours.count % 2 == 1
                        ? neighbours[middle] : (neighbours[middle - 1] + neighbours[middle]) / 2
                }
                // Pushed down from the top and up from the bottom, each keeping the gaps; their mean keeps them too
                // and spreads a crowded rank around its wanted centres.
                func gap(_ i: Int) -> Double { (sizes[layer[i - 1]].height + sizes[layer[i]].height) / 2 + nodeGap }
                var down = wanted
                for i in layer.indices.dropFirst() { down[i] = max(down[i], down[i - 1] + gap(i)) }
                var up = wanted
                for i in layer.indices.dropLast().reversed() { up[i] = min(up[i], up[i + 1] - gap(i + 1)) }
                let placed = layer.indices.map { (down[$0] + up[$0]) / 2 }
                for (i, node) in layer.enumerated() { y[node] = placed[i] }
            }
        }
        return y
    }

    /// The points an edge passes: out of its source's right side, along each of its own nodes at their height,
    /// into its target's left side; the segments between ranks are the only ones that cross a gap.
    static func route(_ chain: [Int], rects: [Rect], rankX: [Double], rankWidth: [Double], rank: [Int]) -> [Point] {
        let forward = rank[chain[0]] < rank[chain[chain.count - 1]]
        let ordered = forward ? chain : chain.reversed()
        var points: [Point] = []
        for (index, node) in ordered.enumerated() {
            let box = rects[node]
            let lineY = index == 1 ? box.maxY - 1 : box.midY
            let left = rankX[rank[node]]
            let right = left + rankWidth[rank[node]]
            if index == 0 {
                points.append(Point(x: box.maxX, y: lineY))
                if right > box.maxX { points.append(Point(x: right, y: lineY)) }
            } else if index == ordered.count - 1 {
                points.append(Point(x: box.x, y: lineY))
            } else {
                points.append(Point(x: left, y: lineY))
                points.append(Point(x: right, y: lineY))
            }
        }
        return forward ? points : points.reversed()
    }
}

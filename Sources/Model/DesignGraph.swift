import Foundation
import Diagnostics
import Parallel

/// A design as a directed graph: components are nodes, flows typed edges, with throughput carried
/// downstream from producers and declared figures.
///
/// Building it is linear in components plus flows: strongly connected components first (an
/// iterative Tarjan), then one pass in topological order. Flows inside a cycle carry only what
/// enters the cycle from outside; each cycle is reported once.
///
/// A class: rules on every core read one graph, and a struct of this many arrays would be copied,
/// a reference count per array shared between the cores, at every read through an evaluator.
public final class DesignGraph: Sendable {
    public let design: Design
    /// Flow indices leaving each component, by component index.
    public let outgoing: [[Int]]
    /// Flow indices reaching each component, by component index.
    public let incoming: [[Int]]
    /// Component indices of each flow's ends, by flow index.
    public let ends: [(from: Int, to: Int)]
    /// What each flow carries, by flow index.
    public let flowThroughput: [Throughput]
    /// What reaches each component from upstream, by component index.
    public let inbound: [Throughput]
    /// Every cycle: the component indices on it, in file order.
    public let cycles: [[Int]]
    /// Component indices, each after every component upstream of it (cycle members together, in file order).
    public let topologicalOrder: [Int]

    public init(_ design: Design) {
        self.design = design
        let count = design.components.count
        var outgoing = [[Int]](repeating: [], count: count)
        var incoming = [[Int]](repeating: [], count: count)
        // Names to indices on every core: a hash of each end's name is most of building the edges.
        let ends = Concurrently.mapRanges(count: design.flows.count, minimumPerRange: 2_000) { range in
            range.map { (from: design.index(of: design.flows[$0].from)!, to: design.index(of: design.flows[$0].to)!) }
        }
        for (index, end) in ends.enumerated() {
            outgoing[end.from].append(index)
            incoming[end.to].append(index)
        }
        self.outgoing = outgoing
        self.incoming = incoming
        self.ends = ends

        let components = StronglyConnected(successors: outgoing.map { $0.map { ends[$0].to } })
        cycles = components.groups.filter { $0.count > 1 }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
        let order = components.groups.reversed().flatMap { $0.sorted() }
        topologicalOrder = order

        var flowThroughput = [Throughput](repeating: .unknown, count: design.flows.count)
        var inbound = [Throughput](repeating: .unknown, count: count)
        for node in order {
            let group = components.groupOf[node]
            // Outside a cycle every flow in comes from another group: no flow to filter out.
            let external = components.groups[group].count == 1 ? incoming[node]
                : incoming[node].filter { components.groupOf[ends[$0].from] != group }
            inbound[node] = ThroughputRules.combine(external, of: flowThroughput, into: node)
            let leaving = ThroughputRules.output(of: design.components[node], at: node, receiving: inbound[node])
            for index in outgoing[node] {
                flowThroughput[index] = ThroughputRules.carried(leaving, stated: design.flows[index].stated, flow: index)
            }
        }
        self.flowThroughput = flowThroughput
        self.inbound = inbound
    }

    @inlinable
    public func component(_ index: Int) -> Component { design.components[index] }

    @inlinable
    public func flow(_ index: Int) -> Flow { design.flows[index] }

    /// One warning per cycle, at the first component on it.
    public var cycleDiagnostics: [Diagnostic] {
        cycles.map { members in
            let names = members.map { design.components[$0].name }
            return Diagnostic(.warning, at: design.location(design.components[members[0]].mark),
                              "flows form a cycle through \(names.joined(separator: ", ")); rates and volumes are not carried around it")
        }
    }
}

/// Strongly connected components by Tarjan's algorithm with an explicit stack (no recursion).
struct StronglyConnected {
    /// Groups in reverse topological order: every group comes after the groups it reaches.
    private(set) var groups: [[Int]] = []
    private(set) var groupOf: [Int]

    init(successors: [[Int]]) {
        let count = successors.count
        groupOf = [Int](repeating: -1, count: count)
        var index = [Int](repeating: -1, count: count)
        var lowLink = [Int](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var stack: [Int] = []
        var nextIndex = 0
        var work: [(node: Int, edge: Int)] = []

        for root in 0..<count where index[root] == -1 {
            work.append((root, 0))
            index[root] = nextIndex
            lowLink[root] = nextIndex
            nextIndex += 1
            stack.append(root)
            onStack[root] = true
            while let (node, edge) = work.last {
                if edge < successors[node].count {
                    work[work.count - 1].edge += 1
                    let next = successors[node][edge]
                    if index[next] == -1 {
                        index[next] = nextIndex
                        lowLink[next] = nextIndex
                        nextIndex += 1
                        stack.append(next)
                        onStack[next] = true
                        work.append((next, 0))
                    } else if onStack[next] {
                        lowLink[node] = min(lowLink[node], index[next])
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last?.node {
                    lowLink[parent] = min(lowLink[parent], lowLink[node])
                }
                if lowLink[node] == index[node] {
                    var group: [Int] = []
                    while let member = stack.popLast() {
                        onStack[member] = false
                        groupOf[member] = groups.count
                        group.append(member)
                        if member == node { break }
                    }
                    groups.append(group)
                }
            }
        }
    }
}

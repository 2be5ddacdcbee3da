#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
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
    public let outgoing: FlowLists
    /// Flow indices reaching each component, by component index.
    public let incoming: FlowLists
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
        // Each end at the position the reader found it written: as it is, when the reader made the
        // design from entries that all became components; else where that component has the name,
        // or the name looked up (a design made other than by the reader).
        let trusted = design.flowsAtWrittenPositions
        func index(of name: String, writtenAt position: Int?) -> Int {
            if let position, position < count, trusted || design.components[position].name == name { return position }
            return design.index(of: name)!
        }
        let ends = design.flows.map { flow in
            (
                from: index(of: flow.from, writtenAt: flow.writtenPositions?.from),
                to: index(of: flow.to, writtenAt: flow.writtenPositions?.to)
            )
        }
        let outgoing = FlowLists(count: count, flowCount: ends.count) { ends[$0].from }
        let incoming = FlowLists(count: count, flowCount: ends.count) { ends[$0].to }
        self.outgoing = outgoing
        self.incoming = incoming
        self.ends = ends

        let components = StronglyConnected(outgoing: outgoing, ends: ends)
        cycles = (0..<components.groupCount).compactMap { group in
            let members = components.members(of: group)
            return members.count > 1 ? members.sorted() : nil
        }.sorted { $0[0] < $1[0] }
        let order = (0..<components.groupCount).reversed().flatMap { components.members(of: $0).sorted() }
        topologicalOrder = order

        var flowThroughput = [Throughput](repeating: .unknown, count: design.flows.count)
        var inbound = [Throughput](repeating: .unknown, count: count)
        for node in order {
            let group = components.groupOf[node]
            // Outside a cycle every flow in comes from another group: no flow to filter out.
            let external =
                components.members(of: group).count == 1
                ? incoming[node]
                : incoming[node].filter { components.groupOf[ends[$0].from] != group }[...]
            inbound[node] = ThroughputRules.combine(external, of: flowThroughput, into: node)
            let leaving = ThroughputRules.output(of: design.components[node], at: node, receiving: inbound[node])
            for index in outgoing[node] {
                flowThroughput[index] = ThroughputRules.carried(
                    leaving, stated: design.flows[index].stated, flow: index)
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
            return Diagnostic(
                .warning, at: design.location(design.components[members[0]].mark),
                "flows form a cycle through \(names.joined(separator: ", ")); rates and volumes are not carried "
                    + "around it"
            )
        }
    }
}

/// Strongly connected components by Tarjan's algorithm with an explicit stack (no recursion).
struct StronglyConnected {
    /// Every group's members, group after group, in reverse topological order of the groups:
    /// every group comes after the groups it reaches.
    private var members: [Int] = []
    /// Where each group starts in `members`, and the end of the last one.
    private var groupStarts: [Int] = [0]
    private(set) var groupOf: [Int]

    var groupCount: Int { groupStarts.count - 1 }

    /// The components of group `group`, in the order Tarjan's walk closed them.
    func members(of group: Int) -> ArraySlice<Int> {
        members[groupStarts[group]..<groupStarts[group + 1]]
    }

    /// The groups of the graph whose flows leave each component as `outgoing` lists them and end where `ends` says.
    init(outgoing: FlowLists, ends: [(from: Int, to: Int)]) {
        let count = outgoing.count
        let flows = outgoing.flows, starts = outgoing.starts
        groupOf = [Int](repeating: -1, count: count)
        members.reserveCapacity(count)
        groupStarts.reserveCapacity(count + 1)
        var index = [Int](repeating: -1, count: count)
        var lowLink = [Int](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var stack: [Int] = []
        var nextIndex = 0
        var work: [(node: Int, edge: Int)] = []

        for root in 0..<count where index[root] == -1 {
            work.append((root, starts[root]))
            index[root] = nextIndex
            lowLink[root] = nextIndex
            nextIndex += 1
            stack.append(root)
            onStack[root] = true
            while let (node, edge) = work.last {
                if edge < starts[node + 1] {
                    work[work.count - 1].edge += 1
                    let next = ends[flows[edge]].to
                    if index[next] == -1 {
                        index[next] = nextIndex
                        lowLink[next] = nextIndex
                        nextIndex += 1
                        stack.append(next)
                        onStack[next] = true
                        work.append((next, starts[next]))
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
                    let group = groupCount
                    while let member = stack.popLast() {
                        onStack[member] = false
                        groupOf[member] = group
                        members.append(member)
                        if member == node { break }
                    }
                    groupStarts.append(members.count)
                }
            }
        }
    }
}

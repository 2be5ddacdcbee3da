/// Flow indices by component, every component's in one array: the flows of component `c`, in
/// flow order, are `flows[starts[c] ..< starts[c + 1]]`. One allocation for a design's edges in
/// each direction, rather than one per component.
public struct FlowLists: Sendable, RandomAccessCollection {
    /// Flow indices, grouped by component.
    let flows: [Int]
    /// Where each component's flows start in `flows`; one more entry than there are components.
    let starts: [Int]

    /// Lists each of `flowCount` flows under the component `component(flow)` names, for `count` components.
    init(count: Int, flowCount: Int, component: (Int) -> Int) {
        var starts = [Int](repeating: 0, count: count + 1)
        for flow in 0..<flowCount { starts[component(flow) + 1] += 1 }
        for index in 0..<count { starts[index + 1] += starts[index] }
        var next = starts
        var flows = [Int](repeating: 0, count: flowCount)
        for flow in 0..<flowCount {
            let owner = component(flow)
            flows[next[owner]] = flow
            next[owner] += 1
        }
        self.flows = flows
        self.starts = starts
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { starts.count - 1 }

    /// The flows of the component at `component`, in flow order.
    public subscript(component: Int) -> ArraySlice<Int> {
        flows[starts[component]..<starts[component + 1]]
    }
}

import Model

/// A design's components by type and by category, built once per design, so that a rule finds its
/// subjects without testing every component.
struct ComponentIndex: Sendable {
    let count: Int
    /// Each component's type's place in the catalog, by component index: read by `type`
    /// conditions without taking a reference to the component, which every core shares.
    let typeOrdinals: [Int]
    /// Each component's category, by component index, for `category` conditions likewise.
    let categories: [Category]
    /// Each component and each flow, by index, held without a reference count: rules on every
    /// core read the same components, and taking a reference to one is an atomic add on a cache
    /// line the cores then contend for. The graph an evaluator holds keeps them alive.
    let unretainedComponents: [Unmanaged<Component>]
    let unretainedFlows: [Unmanaged<Flow>]
    private let byType: [String: [Int]]
    private let byCategory: [Category: [Int]]

    init(_ design: Design) {
        count = design.components.count
        var byType: [String: [Int]] = [:]
        var byCategory: [Category: [Int]] = [:]
        for (index, component) in design.components.enumerated() {
            byType[component.type.name, default: []].append(index)
            byCategory[component.category, default: []].append(index)
        }
        self.byType = byType
        self.byCategory = byCategory
        typeOrdinals = design.components.map(\.type.ordinal)
        categories = design.components.map(\.category)
        unretainedComponents = design.components.map { Unmanaged.passUnretained($0) }
        unretainedFlows = design.flows.map { Unmanaged.passUnretained($0) }
    }

    /// Indices of the components of these types or categories, in file order; all when both are empty.
    func members(types: Set<String>, categories: Set<Category>) -> [Int] {
        if types.isEmpty && categories.isEmpty { return Array(0..<count) }
        var lists = types.compactMap { byType[$0] } + categories.compactMap { byCategory[$0] }
        if lists.count == 1 { return lists[0] }
        lists.removeAll { $0.isEmpty }
        return Array(Set(lists.joined())).sorted()
    }
}

import Model

/// A design's components by type and by category, built once per design, so that a rule finds its
/// subjects without testing every component.
struct ComponentIndex: Sendable {
    let count: Int
    /// Each component's type's place in the catalog, by component index, for `type` conditions.
    let typeOrdinals: [Int]
    /// Each component's category, by component index, for `category` conditions likewise.
    let categories: [Category]
    private let byType: [String: [Int]]
    private let byCategory: [Category: [Int]]

    /// One pass over the components, in file order, grouping them by the type's place in the
    /// catalog (an array read) rather than by hashing its name: a large design's components are
    /// each read once, while they are in the cache.
    init(_ design: Design) {
        let components = design.components
        count = components.count
        var typeOrdinals: [Int] = [], categories: [Category] = []
        typeOrdinals.reserveCapacity(count)
        categories.reserveCapacity(count)
        var byOrdinal: [[Int]] = [], ordinalNames: [Int: String] = [:]
        var outsideCatalog: [String: [Int]] = [:]
        var byCategoryRank = [[Int]](repeating: [], count: Category.allCases.count)
        for (index, component) in components.enumerated() {
            let type = component.type, category = component.category
            if type.ordinal >= 0 {
                if type.ordinal >= byOrdinal.count {
                    byOrdinal += [[Int]](repeating: [], count: type.ordinal + 1 - byOrdinal.count)
                }
                if byOrdinal[type.ordinal].isEmpty { ordinalNames[type.ordinal] = type.name }
                byOrdinal[type.ordinal].append(index)
            } else {
                outsideCatalog[type.name, default: []].append(index)
            }
            byCategoryRank[Self.categoryRanks[category]!].append(index)
            typeOrdinals.append(type.ordinal)
            categories.append(category)
        }
        var byType = outsideCatalog
        for (ordinal, name) in ordinalNames {
            // A type from outside the catalog that has a catalog type's name shares its list, in file order.
            byType[name] = byType[name].map { ($0 + byOrdinal[ordinal]).sorted() } ?? byOrdinal[ordinal]
        }
        self.byType = byType
        byCategory = Dictionary(uniqueKeysWithValues: zip(Category.allCases, byCategoryRank).filter { !$0.1.isEmpty })
        self.typeOrdinals = typeOrdinals
        self.categories = categories
    }

    private static let categoryRanks = Dictionary(uniqueKeysWithValues: Category.allCases.enumerated().map { ($1, $0) })

    /// Indices of the components of these types or categories, in file order; all when both are empty.
    func members(types: Set<String>, categories: Set<Category>) -> [Int] {
        if types.isEmpty && categories.isEmpty { return Array(0..<count) }
        var lists = types.compactMap { byType[$0] } + categories.compactMap { byCategory[$0] }
        if lists.count == 1 { return lists[0] }
        lists.removeAll { $0.isEmpty }
        return Array(Set(lists.joined())).sorted()
    }
}

import Model

/// The component types a `type` condition names, tested by a type's place in the catalog: a rule
/// asks it of every component, and a look-up by position costs less than hashing the type's name.
public struct TypeSet: Sendable, ExpressibleByArrayLiteral {
    /// The names, as the rule writes them.
    public let names: Set<String>
    private let members: [Bool]

    public init(_ names: Set<String>) {
        self.names = names
        members = ComponentCatalog.all.map { names.contains($0.name) }
    }

    public init(arrayLiteral names: String...) {
        self.init(Set(names))
    }

    /// Whether the type at `ordinal` in the catalog is one of the set's; a type from outside the
    /// catalog (ordinal -1) is tested by its name.
    func contains(ordinal: Int, name: @autoclosure () -> String) -> Bool {
        members.indices.contains(ordinal) ? members[ordinal] : names.contains(name())
    }
}

/// One kind of component a design may use, with its place in the services map and its properties.
///
/// A class: every component refers to its type, and rules, pricers and the reader on every core
/// read it; a struct of six texts and lists counted six references at every copy.
public final class ComponentType: Sendable, Hashable {
    /// How a component of this type takes part in flows.
    public enum Role: String, Sendable, Hashable {
        /// Produces records (`emits`): apps, devices, streams of events from outside AWS.
        case producer
        /// A database or system outside AWS with data at rest (`size`, `change-rate`).
        case database
        /// Moves, transforms, stores or serves data along flows.
        case pipeline
        /// Account-wide service: its presence and properties matter, not its flows.
        case accountWide
    }

    public let name: String
    public let title: String
    public let category: Category
    public let role: Role
    public let summary: String
    /// The type's own properties, beyond those every component accepts.
    public let properties: [PropertySpec]
    /// The figures its `usage:` may give (`UsageKeys`).
    public let usageKeys: [PropertySpec]
    /// Every property a component of this type accepts: the common ones, then the type's own.
    public let allProperties: [PropertySpec]
    private let propertiesByName: [String: PropertySpec]
    /// Its position in `ComponentCatalog.all`; -1 for a type made outside the catalog.
    public let ordinal: Int

    public convenience init(
        _ name: String, _ title: String, _ category: Category, _ role: Role, _ summary: String,
        _ properties: [PropertySpec] = []
    ) {
        let usageKeys = UsageKeys.byType[name] ?? []
        let usage = PropertySpec("usage", .object(usageKeys), "usage figures that override what the estimator derives")
        let all = CommonProperties.component.map { $0.name == "usage" ? usage : $0 } + properties
        self.init(
            name: name, title: title, category: category, role: role, summary: summary, properties: properties,
            usageKeys: usageKeys, allProperties: all,
            propertiesByName: Dictionary(all.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first }),
            ordinal: -1)
    }

    private init(
        name: String, title: String, category: Category, role: Role, summary: String, properties: [PropertySpec],
        usageKeys: [PropertySpec], allProperties: [PropertySpec], propertiesByName: [String: PropertySpec], ordinal: Int
    ) {
        self.usageKeys = usageKeys
        self.name = name
        self.title = title
        self.category = category
        self.role = role
        self.summary = summary
        self.properties = properties
        self.allProperties = allProperties
        self.propertiesByName = propertiesByName
        self.ordinal = ordinal
    }

    public func property(named name: String) -> PropertySpec? {
        propertiesByName[name]
    }

    /// This type at `ordinal` in the catalog.
    func numbered(_ ordinal: Int) -> ComponentType {
        ComponentType(
            name: name, title: title, category: category, role: role, summary: summary, properties: properties,
            usageKeys: usageKeys, allProperties: allProperties, propertiesByName: propertiesByName, ordinal: ordinal)
    }

    /// A type is its name: the catalog has one type of each name.
    public static func == (lhs: ComponentType, rhs: ComponentType) -> Bool { lhs.name == rhs.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}

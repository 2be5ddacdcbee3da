/// The services map's groups, in the order diagrams lay them out.
public enum Category: String, Sendable, CaseIterable, Hashable, Comparable {
    case source, ingestion, processing, storage, analytics, orchestration, messaging
    case governance, security, monitoring, cost, networking

    public var title: String {
        switch self {
        case .source: "Sources (outside AWS)"
        case .ingestion: "Ingestion"
        case .processing: "Processing"
        case .storage: "Storage"
        case .analytics: "Analytics"
        case .orchestration: "Orchestration"
        case .messaging: "Messaging"
        case .governance: "Governance"
        case .security: "Security"
        case .monitoring: "Monitoring"
        case .cost: "Cost management"
        case .networking: "Networking"
        }
    }

    public static func < (lhs: Category, rhs: Category) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

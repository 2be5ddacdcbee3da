import Diagnostics
import YAMLLoader

/// A template read as a design: the design's YAML, every node placed where the template wrote what it came from.
public struct ImportedTemplate: Sendable {
    /// What became of one resource.
    public struct Outcome: Sendable {
        public enum Status: String, Sendable {
            case component, flow, merged, skipped, unsupported, excluded
        }

        public let logicalID: String
        public let type: String
        public let status: Status
        /// The component it became or joined; why it was skipped, merged or excluded.
        public let detail: String
        public let mark: Mark
    }

    /// The design, in the design format's shape; nil when the template could not be read.
    public let design: YAMLNode?
    public let outcomes: [Outcome]
    public let diagnostics: [Diagnostic]
    /// Whether any resource became a component: a design needs one.
    public var hasComponents: Bool { outcomes.contains { $0.status == .component } }
    /// Each component's logical ID and CloudFormation type, for comments in the design `import` writes.
    public let origins: [String: (logicalID: String, type: String)]
    /// The lines each resource spans in the template, by logical ID.
    public var resourceLines: [String: Range<Int>] = [:]
}

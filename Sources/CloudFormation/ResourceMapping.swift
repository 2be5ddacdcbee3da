import Diagnostics
import YAMLLoader

/// How one CloudFormation resource type becomes part of a design: read from a file of `Mappings/`.
struct ResourceMapping {
    enum Kind: String {
        /// The resource is a component.
        case component
        /// The resource is a flow between two others (an event source mapping, a subscription, a pipe).
        case flow
        /// The resource adds properties to another resource's component (a Lambda event-invoke config).
        case attach
        /// The resource stands for the resource it points at, or is a component of its own (a DMS endpoint).
        case alias
        /// Nothing to check: IAM, networking, logs.
        case skip
    }

    /// One property of the component: where its value comes from.
    struct Property {
        /// The design's property, dotted for nested objects (`encryption.at-rest`).
        let name: String
        let from: TemplatePath?
        /// Written when `from` is present and not false (`present`), or always (`value` without `from`).
        let value: String?
        let present: TemplatePath?
        /// Template value to the design's value; a value not listed is left out unless `otherwise` is given.
        let values: [String: String]
        let otherwise: String?
        let unit: String?
        /// Used when `from` is absent: what AWS does by default.
        let defaultValue: String?
        /// The value names a resource: written as that resource's component name.
        let component: TemplatePath?
        /// Template values that mean "not set" (`-1` for no maximum), left out as if absent.
        let unset: Set<String>
    }

    struct Flow {
        /// Resources the flow comes from (`from`) or goes to (`to`) are those this path names.
        let from: TemplatePath?
        let to: TemplatePath?
        let mode: String?
        /// The flow's own properties (`tls`, `format`), read from the resource that declares the flow.
        let properties: [Property]
    }

    /// SAM's `Events`: each event's type to the property naming the resource it reads.
    struct Events {
        let sources: [String: String]
        let properties: [Property]
    }

    let cloudFormationType: String
    let kind: Kind
    /// The Dataplan type, fixed, or chosen by a property's value (`type-from`).
    let dataplanType: String?
    let typeFrom: Property?
    let source: String
    let reason: String?
    let properties: [Property]
    let flows: [Flow]
    /// For `flow` and `attach`: the resources the flow joins, or the one the properties go to.
    let flow: Flow?
    let attachTo: TemplatePath?
    /// For `alias`: the paths whose reference the resource stands for.
    let standsFor: [TemplatePath]
    let events: Events?
    /// The path in which an IAM policy or SAM policy template names what the resource writes to.
    let writesThrough: [TemplatePath]
}

/// A path into a resource's `Properties`: dotted keys, `*` for every item of a list, and `>` to follow a
/// reference into the referenced resource's properties (`ReplicationInstanceArn>ReplicationInstanceClass`).
struct TemplatePath: CustomStringConvertible {
    let hops: [[String]]

    init(_ text: String) {
        hops = text.split(separator: ">").map { $0.split(separator: ".").map(String.init) }
    }

    init(hops: [[String]]) {
        self.hops = hops
    }

    var description: String { hops.map { $0.joined(separator: ".") }.joined(separator: ">") }
}

import Diagnostics
import YAMLLoader

/// A CloudFormation, SAM or CDK template read into its sections, each resource with its position.
struct Template {
    struct Resource {
        let logicalID: String
        let type: String
        /// Where the logical ID is written: the place a finding on the resource points at.
        let mark: Mark
        let node: YAMLNode
        var properties: YAMLNode? { node["Properties"] }
        var condition: String? { node["Condition"]?.text }
    }

    let file: String
    let resources: [Resource]
    let parameters: [String: YAMLNode]
    let mappings: YAMLNode?
    let conditions: [String: YAMLNode]
    /// Whether SAM's transform is declared: `AWS::Serverless::*` types are expanded by it.
    let isSAM: Bool
    /// The line after each resource's last line, for telling which resource a line belongs to.
    let resourceEnds: [String: Int]

    /// Whether a document is a template: `AWSTemplateFormatVersion`, or `Resources` whose entries have
    /// `AWS::` (or `Custom::`) types.
    static func recognises(_ root: YAMLNode) -> Bool {
        guard let pairs = root.mapping else { return false }
        if pairs.contains(where: { $0.key.text == "AWSTemplateFormatVersion" }) { return true }
        guard let resources = root["Resources"]?.mapping, !pairs.contains(where: { $0.key.text == "dataplan" })
        else { return false }
        return resources.contains { $0.value["Type"]?.text?.hasPrefix("AWS::") == true }
    }

    /// The template's sections; diagnostics for a `Resources` section that is missing or malformed.
    static func read(_ root: YAMLNode, file: String, log: inout DiagnosticLog) -> Template? {
        guard let section = root["Resources"], let entries = section.mapping else {
            log.error("a template needs a `Resources` mapping of logical IDs to resources", at: root.mark)
            return nil
        }
        var resources: [Resource] = []
        for pair in entries {
            guard let id = pair.key.text, pair.value.mapping != nil else {
                log.error("a resource is a mapping with `Type` and `Properties`", at: pair.key.mark)
                continue
            }
            guard let type = pair.value["Type"]?.text else {
                log.error("resource '\(id)' has no `Type`", at: pair.key.mark)
                continue
            }
            resources.append(Resource(logicalID: id, type: type, mark: pair.key.mark, node: pair.value))
        }
        // A resource ends where the next one, or the next top-level section, starts.
        let sectionStarts = (root.mapping ?? []).map(\.key.mark.line).filter { $0 > section.mark.line }
        let starts = (entries.map(\.key.mark.line) + sectionStarts).sorted()
        var ends: [String: Int] = [:]
        for resource in resources {
            ends[resource.logicalID] = starts.first { $0 > resource.mark.line } ?? Int.max
        }
        var parameters: [String: YAMLNode] = [:]
        for pair in root["Parameters"]?.mapping ?? [] {
            if let name = pair.key.text { parameters[name] = pair.value }
        }
        var conditions: [String: YAMLNode] = [:]
        for pair in root["Conditions"]?.mapping ?? [] {
            if let name = pair.key.text { conditions[name] = pair.value }
        }
        let transform = root["Transform"]
        let transforms = transform?.sequence?.compactMap(\.text) ?? transform?.text.map { [$0] } ?? []
        return Template(
            file: file, resources: resources, parameters: parameters, mappings: root["Mappings"],
            conditions: conditions, isSAM: transforms.contains { $0.hasPrefix("AWS::Serverless") },
            resourceEnds: ends)
    }
}

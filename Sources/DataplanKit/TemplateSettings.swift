#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import CloudFormation
import YAMLLoader

/// How CloudFormation templates are read: parameter values, and whether every file is a template.
public struct TemplateSettings: Sendable {
    /// Parameter values over each parameter's `Default`; `AWS::Region` sets the stack's region.
    public var parameters: [String: String] = [:]
    /// `--from cloudformation`: read every file as a template, whatever it looks like.
    public var forced = false
    /// `--show-skipped`: list the resources with nothing to check (IAM, networking, logs) too.
    public var showSkipped = false
    /// `--overlay FILE`: the overlay for every template, instead of each template's `NAME.dataplan.yml`.
    public var overlay: String?

    public init(
        parameters: [String: String] = [:], forced: Bool = false, showSkipped: Bool = false, overlay: String? = nil
    ) {
        self.parameters = parameters
        self.forced = forced
        self.showSkipped = showSkipped
        self.overlay = overlay
    }

    /// The overlay beside a template: `stack.yaml` -> `stack.dataplan.yml`.
    public static func overlayPath(beside template: String) -> String {
        let slash = template.lastIndex(of: "/").map { template.index(after: $0) } ?? template.startIndex
        guard let dot = template[slash...].lastIndex(of: "."), dot > slash else { return template + ".dataplan.yml" }
        return String(template[..<dot]) + ".dataplan.yml"
    }

    public var region: String { parameters["AWS::Region"] ?? "us-east-1" }

    var importer: TemplateImporter {
        TemplateImporter(parameterValues: parameters, region: region)
    }

    /// A parameters file in the CloudFormation CLI's format (`[{"ParameterKey": ..., "ParameterValue": ...}]`)
    /// or CodePipeline's (`{"Parameters": {NAME: VALUE}}`).
    public static func readParameters(_ path: String) throws(TemplateParametersError) -> [String: String] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TemplateParametersError(message: "\(path): cannot be read")
        }
        let document = YAMLLoader().load(Array(data), file: path)
        if let problem = document.diagnostics.first { throw TemplateParametersError(message: problem.description) }
        var values: [String: String] = [:]
        if let entries = document.root?.sequence {
            for entry in entries {
                let key = entry["ParameterKey"]?.text
                let value = entry["ParameterValue"]?.text
                guard let key, let value else {
                    throw TemplateParametersError(
                        message: "\(path):\(entry.mark.line):\(entry.mark.column): each entry has ParameterKey and "
                            + "ParameterValue")
                }
                values[key] = value
            }
        } else if let parameters = document.root?["Parameters"] {
            for pair in parameters.mapping ?? [] {
                if let key = pair.key.scalar?.value, let value = pair.value.scalar?.value { values[key] = value }
            }
        } else {
            throw TemplateParametersError(
                message: "\(path): expected a list of ParameterKey/ParameterValue or a `Parameters` mapping")
        }
        return values
    }
}

public struct TemplateParametersError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

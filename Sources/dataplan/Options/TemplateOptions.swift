import ArgumentParser
import DataplanKit

/// How CloudFormation, SAM and CDK templates are read, for every command that reads designs.
struct TemplateOptions: ParsableArguments {
    /// The input formats `--from` names.
    enum InputFormat: String, CaseIterable, ExpressibleByArgument {
        case auto, cloudformation
    }

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Read inputs as: auto (a design, or a template when it has AWSTemplateFormatVersion or AWS:: resources) "
                + "or cloudformation.", valueName: "format"))
    var from: InputFormat = .auto

    @Option(
        name: .long,
        help: ArgumentHelp(
            "A template parameter's value, over its Default; AWS::Region=REGION sets the stack's region.",
            valueName: "name=value"))
    var parameter: [String] = []

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Template parameters in the CloudFormation CLI's JSON format ([{ParameterKey, ParameterValue}]).",
            valueName: "file"))
    var parameters: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "What a template cannot say (rates, usage, requirements, suppressions), instead of NAME.dataplan.yml "
                + "beside it.", valueName: "file"))
    var overlay: String?

    @Flag(name: .long, help: "List a template's resources with nothing to check (IAM, networking, logs) as notes.")
    var showSkipped = false

    func validate() throws {
        for entry in parameter where !entry.contains("=") {
            throw ValidationError("--parameter takes NAME=VALUE; got '\(entry)'")
        }
    }

    var settings: TemplateSettings {
        get throws {
            var values: [String: String] = [:]
            if let parameters {
                do {
                    values = try TemplateSettings.readParameters(parameters)
                } catch {
                    throw ValidationError("--parameters: \(error)")
                }
            }
            for entry in parameter {
                let parts = entry.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                values[String(parts[0])] = String(parts[1])
            }
            return TemplateSettings(
                parameters: values, forced: from == .cloudformation, showSkipped: showSkipped, overlay: overlay)
        }
    }
}

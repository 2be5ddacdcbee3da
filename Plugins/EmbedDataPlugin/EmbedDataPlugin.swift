import Foundation
import PackagePlugin

/// Builds the package's data folders (`Rules/`, `PricingTables/`, the CloudFormation mappings) into the binary.
///
/// A target named in `embeddedFolders` gets a generated Swift file listing every YAML file of its
/// folder, so the tool runs from any working directory without resource bundles.
@main
struct EmbedDataPlugin: BuildToolPlugin {
    /// Target name -> (folder under the package, name of the generated type).
    static let embeddedFolders: [String: (folder: String, typeName: String)] = [
        "BundledRules": ("Rules", "BundledRuleFiles"),
        "BundledPricing": ("PricingTables", "BundledPricingFiles"),
        "BundledMappings": ("Sources/BundledMappings/CloudFormation", "BundledMappingFiles"),
    ]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let (folder, typeName) = Self.embeddedFolders[target.name] else { return [] }
        let root = context.package.directoryURL.appending(path: folder)
        let files = Self.yamlFiles(under: root)
        let output = context.pluginWorkDirectoryURL.appending(path: "\(typeName).swift")
        let relativePaths = files.map { String($0.path.dropFirst(root.path.count + 1)) }
        return [
            .buildCommand(
                displayName: "Embedding \(folder)/ (\(files.count) files)",
                executable: try context.tool(named: "embed-data").url,
                arguments: [typeName, root.path, output.path] + relativePaths,
                inputFiles: files,
                outputFiles: [output]
            )
        ]
    }

    /// Every `*.yaml` file under a folder, hidden entries skipped, in sorted order.
    static func yamlFiles(under root: URL) -> [URL] {
        guard
            let enumerator = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]
            )
        else { return [] }
        var found: [URL] = []
        for case let url as URL in enumerator where url.pathExtension == "yaml" {
            found.append(url.standardizedFileURL)
        }
        return found.sorted { $0.path < $1.path }
    }
}

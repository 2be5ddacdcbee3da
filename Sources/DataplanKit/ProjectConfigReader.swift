#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Diagnostics
import YAMLLoader
import Model
import Analysis

/// Reads `.dataplan.yml`; every mistake is an error at its line and column, like a design's.
public enum ProjectConfigReader {
    public static let keys = [
        "fail-on", "required-tags", "rules", "rule-packs", "baseline", "budget", "allow-unpriced", "account",
    ]

    public static func read(path: String) -> (config: ProjectConfig, diagnostics: [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            return (
                ProjectConfig(),
                [
                    Diagnostic(
                        .error, at: SourceLocation(file: path, line: 1, column: 1), "the config file cannot be read")
                ]
            )
        }
        return read([UInt8](data), path: path)
    }

    public static func read(_ bytes: [UInt8], path: String) -> (config: ProjectConfig, diagnostics: [Diagnostic]) {
        let document = YAMLLoader().load(bytes, file: path)
        var config = ProjectConfig()
        config.path = path
        var log = DiagnosticLog(file: path)
        guard let root = document.root, !document.hasErrors else { return (config, document.diagnostics) }
        guard let fields = root.knownFields(allowed: keys, context: "a config file", log: &log) else {
            return (config, log.diagnostics)
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        func relative(_ value: String) -> String {
            value.hasPrefix("/") ? value : folder + "/" + value
        }
        for pair in root.mapping ?? [] {
            guard let key = pair.key.scalar?.value, fields[key] != nil else { continue }
            let value = pair.value
            switch key {
            case "fail-on":
                if let text = value.scalar?.value, let level = FailLevel(rawValue: text) {
                    config.failOn = level
                } else {
                    log.error("`fail-on` must be one of error, warning, info, never", at: value.mark)
                }
            case "required-tags":
                if let tags = strings(value) {
                    config.requiredTags = tags
                } else {
                    log.error("`required-tags` must be a list of tag names", at: value.mark)
                }
            case "rule-packs":
                if let packs = strings(value) {
                    config.rulePacks = packs.map(relative)
                } else {
                    log.error("`rule-packs` must be a list of folders", at: value.mark)
                }
            case "baseline":
                if let file = value.scalar?.value, !file.isEmpty {
                    config.baseline = relative(file)
                } else {
                    log.error("`baseline` must be a file name", at: value.mark)
                }
            case "budget":
                if let text = value.scalar?.value, let money = Units.money(text) {
                    config.budget = money
                } else {
                    log.error("`budget` must be money such as 20000 USD/month", at: value.mark)
                }
            case "allow-unpriced":
                if let text = value.scalar?.value, text == "true" || text == "false" {
                    config.allowUnpriced = text == "true"
                } else {
                    log.error("`allow-unpriced` must be true or false", at: value.mark)
                }
            case "account":
                guard value.mapping != nil else {
                    log.error("`account` is a mapping of component names to definitions, as a design's", at: value.mark)
                    continue
                }
                // Read as the components of a design, so that every key and value is checked as a design's is.
                func scalar(_ text: String) -> YAMLNode { YAMLNode(.scalar(YAMLScalar(text)), at: pair.key.mark) }
                let design = YAMLNode(
                    .mapping([
                        YAMLPair(key: scalar("dataplan"), value: scalar("1")),
                        YAMLPair(key: scalar("name"), value: scalar("account")),
                        YAMLPair(key: scalar("components"), value: value),
                    ]), at: pair.key.mark)
                let reading = DesignReader().read(LoadedDocument(file: path, root: design, diagnostics: []))
                log.append(contentsOf: reading.diagnostics)
                config.account = reading.design.map(DesignGraph.init)
            default:
                readRules(value, into: &config, log: &log)
            }
        }
        return (config, log.diagnostics.sorted { $0.location < $1.location })
    }

    private static func readRules(_ node: YAMLNode, into config: inout ProjectConfig, log: inout DiagnosticLog) {
        guard let fields = node.knownFields(allowed: ["disable", "severity"], context: "`rules`", log: &log) else {
            return
        }
        for pair in ["disable", "severity"].compactMap({ fields[$0] }) {
            switch pair.key.scalar?.value {
            case "disable":
                guard let items = pair.value.sequence else {
                    log.error("`rules.disable` must be a list of rule ids", at: pair.value.mark)
                    continue
                }
                for item in items {
                    guard let id = item.scalar?.value else { continue }
                    config.disabledRules.append(id)
                    config.ruleReferences.append((id, item.mark))
                }
            case "severity":
                guard let entries = pair.value.mapping else {
                    log.error("`rules.severity` must map rule ids to error, warning or info", at: pair.value.mark)
                    continue
                }
                for entry in entries {
                    guard let id = entry.key.scalar?.value else { continue }
                    guard let text = entry.value.scalar?.value, let severity = Severity(rawValue: text) else {
                        log.error("the severity of \(id) must be error, warning or info", at: entry.value.mark)
                        continue
                    }
                    config.severityOverrides[id] = severity
                    config.ruleReferences.append((id, entry.key.mark))
                }
            default:
                break
            }
        }
    }

    private static func strings(_ node: YAMLNode) -> [String]? {
        guard let items = node.sequence else { return nil }
        let texts = items.compactMap { $0.scalar?.value }
        return texts.count == items.count ? texts : nil
    }
}

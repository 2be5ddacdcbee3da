#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Diagnostics
import YAMLLoader

/// Works out a template's intrinsic functions from its parameters, mappings and conditions, offline:
/// what only a deployed stack knows (ARNs, imports, Availability Zones) stays a reference or unknown.
struct IntrinsicResolver {
    let template: Template
    let parameterValues: [String: String]
    let region: String
    let stackName: String
    private let resourceIDs: Set<String>
    /// Problems found while resolving: unresolvable references (errors), undecidable conditions (warnings).
    private(set) var log: DiagnosticLog
    private var conditionCache: [String: Bool?] = [:]
    private var conditionsInProgress: Set<String> = []

    init(template: Template, parameterValues: [String: String], region: String, stackName: String) {
        self.template = template
        self.parameterValues = parameterValues
        self.region = region
        self.stackName = stackName
        resourceIDs = Set(template.resources.map(\.logicalID))
        log = DiagnosticLog(file: template.file)
    }

    /// The value of a parameter: an override, else its `Default`; nil when it has neither.
    func parameter(_ name: String) -> String? {
        if let value = parameterValues[name] { return value }
        guard let node = template.parameters[name]?["Default"] else { return nil }
        if let items = node.sequence { return items.compactMap(\.text).joined(separator: ",") }
        return node.text
    }

    /// Whether a resource's `Condition` holds; true when the template does not decide it offline.
    mutating func includes(_ resource: Template.Resource) -> Bool {
        guard let name = resource.condition else { return true }
        return condition(named: name, at: resource.node["Condition"]?.mark ?? resource.mark) ?? true
    }

    mutating func resolve(_ node: YAMLNode) -> TemplateValue {
        switch node.content {
        case .scalar(let scalar):
            return .text(scalar.value, node.mark)
        case .sequence(let items):
            return .list(items.map { resolve($0) }.filter { if case .noValue = $0 { false } else { true } }, node.mark)
        case .mapping(let pairs):
            if pairs.count == 1, let key = pairs[0].key.text, key == "Ref" || key.hasPrefix("Fn::") {
                return function(key, pairs[0].value, at: node.mark)
            }
            var resolved: [(key: String, value: TemplateValue)] = []
            for pair in pairs {
                let value = resolve(pair.value)
                if case .noValue = value { continue }
                resolved.append((pair.key.text ?? "", value))
            }
            return .map(resolved, node.mark)
        }
    }

    private mutating func function(_ name: String, _ argument: YAMLNode, at mark: Mark) -> TemplateValue {
        switch name {
        case "Ref":
            return reference(argument.text ?? "", at: argument.mark)
        case "Fn::GetAtt":
            let parts =
                argument.sequence?.compactMap(\.text) ?? (argument.text?.split(separator: ".", maxSplits: 1))
                .map { $0.map(String.init) } ?? []
            guard let id = parts.first else { return .unknown("Fn::GetAtt", refs: [], mark) }
            guard resourceIDs.contains(id) else {
                log.error("Fn::GetAtt names '\(id)', which is not a resource of this template", at: argument.mark)
                return .unknown(id, refs: [], mark)
            }
            return .reference(id, attribute: parts.dropFirst().first, mark)
        case "Fn::Sub":
            return substitute(argument, at: mark)
        case "Fn::Join":
            guard let items = argument.sequence, items.count == 2 else { return .unknown("Fn::Join", refs: [], mark) }
            let separator = items[0].text ?? ""
            let parts = resolve(items[1]).list ?? []
            return joined(parts, separator: separator, at: mark)
        case "Fn::Select":
            guard let items = argument.sequence, items.count == 2, let index = resolve(items[0]).text.flatMap(Int.init),
                let list = resolve(items[1]).list
            else { return .unknown("Fn::Select", refs: resolve(argument).references, mark) }
            return list.indices.contains(index) ? list[index] : .unknown("Fn::Select", refs: [], mark)
        case "Fn::Split":
            guard let items = argument.sequence, items.count == 2, let separator = items[0].text,
                let text = resolve(items[1]).text
            else { return .unknown("Fn::Split", refs: resolve(argument).references, mark) }
            let parts =
                separator.isEmpty
                ? [text] : text.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
            return .list(parts.map { .text($0, mark) }, mark)
        case "Fn::If":
            return choose(argument, at: mark)
        case "Fn::FindInMap":
            return findInMap(argument, at: mark)
        case "Fn::Base64":
            return resolve(argument)
        case "Fn::ToJsonString":
            return .unknown("Fn::ToJsonString", refs: resolve(argument).references, mark)
        default:
            // Fn::ImportValue, Fn::GetAZs, Fn::Cidr, Fn::Transform, Fn::Length: only a deployed stack knows.
            return .unknown(name, refs: resolve(argument).references, mark)
        }
    }

    private mutating func reference(_ name: String, at mark: Mark) -> TemplateValue {
        switch name {
        case "AWS::Region": return .text(region, mark)
        case "AWS::StackName": return .text(stackName, mark)
        case "AWS::Partition": return .text("aws", mark)
        case "AWS::URLSuffix": return .text("amazonaws.com", mark)
        case "AWS::NoValue": return .noValue
        case "AWS::AccountId", "AWS::StackId", "AWS::NotificationARNs": return .unknown(name, refs: [], mark)
        default: break
        }
        if resourceIDs.contains(name) { return .reference(name, attribute: nil, mark) }
        if template.parameters[name] != nil {
            guard let value = parameter(name) else { return .unknown(name, refs: [], mark) }
            if template.parameters[name]?["Type"]?.text?.hasPrefix("List<") == true
                || template.parameters[name]?["Type"]?.text == "CommaDelimitedList"
            {
                return .list(value.split(separator: ",").map { .text(String($0), mark) }, mark)
            }
            return .text(value, mark)
        }
        log.error("Ref '\(name)' names no parameter, resource or pseudo parameter of this template", at: mark)
        return .unknown(name, refs: [], mark)
    }

    /// `Fn::Sub`: `${Name}`, `${Resource.Attribute}` and `${!Literal}` replaced where known.
    private mutating func substitute(_ argument: YAMLNode, at mark: Mark) -> TemplateValue {
        var variables: [String: TemplateValue] = [:]
        let format: String
        if let items = argument.sequence, let first = items.first?.text {
            format = first
            for pair in items.dropFirst().first?.mapping ?? [] {
                if let key = pair.key.text { variables[key] = resolve(pair.value) }
            }
        } else {
            format = argument.text ?? ""
        }
        var output = ""
        var refs: [String] = []
        var known = true
        var rest = Substring(format)
        while let dollar = rest.firstIndex(of: "$") {
            let afterDollar = rest.index(after: dollar)
            guard afterDollar < rest.endIndex, rest[afterDollar] == "{" else {
                output += rest[...dollar]
                rest = rest[afterDollar...]
                continue
            }
            output += rest[..<dollar]
            let nameStart = rest.index(after: afterDollar)
            guard let close = rest[nameStart...].firstIndex(of: "}") else {
                output += rest[dollar...]
                rest = ""
                break
            }
            let name = String(rest[nameStart..<close])
            rest = rest[rest.index(after: close)...]
            if name.hasPrefix("!") {
                output += "${" + name.dropFirst() + "}"
                continue
            }
            let value: TemplateValue
            if let variable = variables[name] {
                value = variable
            } else if let dot = name.firstIndex(of: "."), resourceIDs.contains(String(name[..<dot])) {
                value = .reference(String(name[..<dot]), attribute: String(name[name.index(after: dot)...]), mark)
            } else {
                value = reference(name, at: argument.mark)
            }
            if let text = value.text {
                output += text
            } else {
                known = false
                refs += value.references
                output += "${\(name)}"
            }
        }
        output += rest
        return known ? .text(output, mark) : .unknown(output, refs: refs, mark)
    }

    private func joined(_ parts: [TemplateValue], separator: String, at mark: Mark) -> TemplateValue {
        let texts = parts.compactMap(\.text)
        if texts.count == parts.count { return .text(texts.joined(separator: separator), mark) }
        return .unknown(
            parts.map { $0.text ?? "${…}" }.joined(separator: separator),
            refs: TemplateValue.list(parts, mark).references,
            mark)
    }

    private mutating func choose(_ argument: YAMLNode, at mark: Mark) -> TemplateValue {
        guard let items = argument.sequence, items.count == 3, let name = items[0].text else {
            log.error("Fn::If takes [condition name, value if true, value if false]", at: argument.mark)
            return .unknown("Fn::If", refs: [], mark)
        }
        guard let holds = condition(named: name, at: items[0].mark) else {
            log.warning(
                "condition '\(name)' cannot be decided from the parameters; Fn::If takes its first branch",
                at: items[0].mark)
            return resolve(items[1])
        }
        return resolve(holds ? items[1] : items[2])
    }

    private mutating func findInMap(_ argument: YAMLNode, at mark: Mark) -> TemplateValue {
        guard let items = argument.sequence, items.count >= 3 else { return .unknown("Fn::FindInMap", refs: [], mark) }
        let keys = items.prefix(3).map { resolve($0).text }
        guard let map = keys[0], let top = keys[1], let second = keys[2],
            let value = template.mappings?[map]?[top]?[second]
        else { return .unknown("Fn::FindInMap", refs: [], mark) }
        return resolve(value)
    }

    /// A named condition's value, or nil when the template cannot decide it offline.
    mutating func condition(named name: String, at mark: Mark) -> Bool? {
        if let cached = conditionCache[name] { return cached }
        guard let node = template.conditions[name] else {
            log.error("condition '\(name)' is not defined in `Conditions`", at: mark)
            return nil
        }
        guard conditionsInProgress.insert(name).inserted else {
            log.error("condition '\(name)' depends on itself", at: mark)
            return nil
        }
        let value = evaluate(node)
        conditionsInProgress.remove(name)
        conditionCache[name] = value
        return value
    }

    private mutating func evaluate(_ node: YAMLNode) -> Bool? {
        guard let pair = node.mapping?.first, node.mapping?.count == 1, let key = pair.key.text else {
            if let text = node.text { return text == "true" ? true : text == "false" ? false : nil }
            return nil
        }
        let arguments = pair.value.sequence ?? []
        switch key {
        case "Condition":
            return pair.value.text.flatMap { condition(named: $0, at: pair.value.mark) }
        case "Fn::Equals":
            guard arguments.count == 2 else { return nil }
            let (left, right) = (resolve(arguments[0]), resolve(arguments[1]))
            guard let a = left.text, let b = right.text else { return nil }
            return a == b
        case "Fn::Not":
            return arguments.first.flatMap { evaluate($0) }.map { !$0 }
        case "Fn::And":
            let values = arguments.map { evaluate($0) }
            if values.contains(false) { return false }
            return values.contains(nil) ? nil : true
        case "Fn::Or":
            let values = arguments.map { evaluate($0) }
            if values.contains(true) { return true }
            return values.contains(nil) ? nil : false
        default:
            return nil
        }
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Diagnostics
import YAMLLoader
import Model

/// Reads one rule file into a `Rule`, reporting every mistake at its line and column.
///
/// Property paths, values and placeholders are checked against the types the rule applies to, so a
/// rule pack with a typo fails like a design with one: file:line:col and a did-you-mean.
public struct RuleReader: Sendable {
    public let origin: RuleOrigin
    /// Whether a rule without `examples` is an error; false only for bundled rules read without them.
    public let examplesRequired: Bool

    public init(origin: RuleOrigin, examplesRequired: Bool = true) {
        self.origin = origin
        self.examplesRequired = examplesRequired
    }

    public func read(_ document: LoadedDocument) -> (rule: Rule?, diagnostics: [Diagnostic]) {
        var reading = Reading(file: document.file, origin: origin, examplesRequired: examplesRequired)
        var rule: Rule?
        if let root = document.root, !document.hasErrors {
            rule = reading.readRule(root)
        }
        let diagnostics = document.diagnostics + reading.log.diagnostics
        return (diagnostics.contains { $0.severity == .error } ? nil : rule, diagnostics)
    }

    static let topLevelKeys = [
        "id", "title", "severity", "pillar", "tags", "applies-to", "when", "require", "check", "limits",
        "message", "at", "rationale", "remediation", "references", "question", "examples", "account-wide", "lens",
        "seed",
    ]
}

/// The kind of thing a condition is evaluated on, for checking the property paths it names.
enum SubjectKind {
    case component([ComponentType])
    case flow
    case design

    /// The specs a property path can start from.
    var specs: [[PropertySpec]] {
        switch self {
        case .component(let types): types.map(\.allProperties)
        case .flow: [CommonProperties.flow]
        case .design: []
        }
    }

    static let anyComponent = SubjectKind.component(ComponentCatalog.all)
}

struct Reading {
    let file: String
    let origin: RuleOrigin
    var log: DiagnosticLog
    let examplesRequired: Bool

    init(file: String, origin: RuleOrigin, examplesRequired: Bool = true) {
        self.file = file
        self.origin = origin
        self.examplesRequired = examplesRequired
        self.log = DiagnosticLog(file: file)
    }

    mutating func error(_ message: String, at mark: Mark) {
        log.error(message, at: mark)
    }

    // MARK: The rule

    mutating func readRule(_ root: YAMLNode) -> Rule? {
        guard let fields = fields(of: root, allowed: RuleReader.topLevelKeys, context: "a rule") else { return nil }
        let id = requiredText(fields, "id", root)
        let title = requiredText(fields, "title", root)
        let severity = requiredText(fields, "severity", root).flatMap { text -> Severity? in
            guard let severity = Severity(rawValue: text) else {
                error("`severity` must be error, warning or info; found '\(text)'", at: fields["severity"]!.value.mark)
                return nil
            }
            return severity
        }
        let pillar = requiredText(fields, "pillar", root).flatMap { text -> Pillar? in
            guard let pillar = Pillar(rawValue: text) else {
                let names = Pillar.allCases.map(\.rawValue)
                error(
                    "`pillar` must be one of \(names.joined(separator: ", ")); found "
                        + "'\(text)'\(Suggestion.hint(for: text, among: names))",
                    at: fields["pillar"]!.value.mark)
                return nil
            }
            return pillar
        }
        if let id, let idNode = fields["id"]?.value {
            checkID(id, pillar: pillar, at: idNode.mark)
        }
        let tags = readTags(fields["tags"], root)
        let scope = readScope(fields["applies-to"], root)
        let subject = scope.map(subjectKind) ?? .anyComponent
        let when = fields["when"].flatMap { readCondition($0.value, subject) }
        let require = fields["require"].flatMap { readCondition($0.value, subject) }
        let check = fields["check"].flatMap { readCheck($0, limits: fields["limits"], scope: scope) }
        if fields["limits"] != nil && fields["check"] == nil {
            error("`limits` belong to a built-in `check`; this rule has none", at: fields["limits"]!.key.mark)
        }
        if require == nil && check == nil && fields["require"] == nil && fields["check"] == nil {
            error("a rule needs `require` (a condition that must hold) or `check` (a built-in kind)", at: root.mark)
        }
        let at = fields["at"].flatMap { textList($0) } ?? []
        for path in at where !path.hasPrefix("requirements.") {
            _ = propertyKind(path, subject, at: fields["at"]!.value.mark)
        }
        let message = readMessage(fields["message"], root, subject: subject, check: check)
        let rationale = requiredText(fields, "rationale", root)
        let remediation = requiredText(fields, "remediation", root)
        let references = readReferences(fields["references"], root)
        let question = fields["question"].flatMap { text($0) }
        let examples = examplesRequired || fields["examples"] != nil ? readExamples(fields["examples"], root) : ([], [])

        guard let id, let title, let severity, let pillar, let tags, let scope, let message, let rationale,
            let remediation, let references, let examples
        else { return nil }
        var accountWide = false
        if let node = fields["account-wide"]?.value {
            guard case .design = scope, let flag = node.scalar?.value, flag == "true" || flag == "false" else {
                error("`account-wide` is true or false, on a rule that applies to the design", at: node.mark)
                return nil
            }
            accountWide = flag == "true"
        }
        var practices: [String] = []
        for key in ["lens", "seed"] {
            guard let node = fields[key]?.value else { continue }
            guard let items = node.sequence?.compactMap(\.scalar?.value), items.count == node.sequence?.count else {
                error("`\(key)` is a list of practice ids, e.g. [DALSEC05-BP01]", at: node.mark)
                return nil
            }
            practices += items
        }
        return Rule(
            id: id, title: title, severity: severity, pillar: pillar, tags: tags, scope: scope, when: when,
            require: require, check: check, message: message, at: at, rationale: rationale,
            remediation: remediation, references: references, question: question,
            triggering: examples.triggering, passing: examples.passing, file: file,
            mark: fields["id"]!.value.mark, origin: origin, accountWide: accountWide, practices: practices)
    }

    private mutating func checkID(_ id: String, pillar: Pillar?, at mark: Mark) {
        let parts = id.split(separator: "-", omittingEmptySubsequences: false)
        let wellFormed =
            parts.count == 2 && !parts[0].isEmpty && parts[0].allSatisfy { $0.isASCII && $0.isUppercase }
            && parts[1].count >= 3 && parts[1].allSatisfy { $0.isASCII && $0.isNumber }
        guard wellFormed else {
            error("rule id '\(id)' must be a prefix and a number, e.g. SEC-001", at: mark)
            return
        }
        if origin == .bundled, let pillar, parts[0] != pillar.idPrefix {
            error("rule id '\(id)' of pillar \(pillar.rawValue) must start with \(pillar.idPrefix)-", at: mark)
        }
    }

    private mutating func readTags(_ pair: YAMLPair?, _ root: YAMLNode) -> [RuleTag]? {
        guard let pair else {
            error("missing `tags`: a rule carries one or more of interface.md's tags", at: root.mark)
            return nil
        }
        return names(pair.value, what: "tag", known: RuleTag.allCases.map(\.rawValue), RuleTag.init(rawValue:))
    }

    private mutating func readScope(_ pair: YAMLPair?, _ root: YAMLNode) -> RuleScope? {
        guard let pair else {
            error(
                "missing `applies-to`: components, flows, design, or {types: [...], categories: [...]}", at: root.mark)
            return nil
        }
        if let word = pair.value.scalar?.value {
            switch word {
            case "components": return .components(types: [], categories: [])
            case "flows": return .flows
            case "design": return .design
            default:
                error(
                    "`applies-to` must be components, flows, design, or {types: [...], categories: [...]}; found "
                        + "'\(word)'"
                        + Suggestion.hint(for: word, among: ["components", "flows", "design"]), at: pair.value.mark)
                return nil
            }
        }
        guard let fields = fields(of: pair.value, allowed: ["types", "categories"], context: "`applies-to`") else {
            return nil
        }
        let types = fields["types"].map { typeNames($0.value) } ?? []
        let categories = fields["categories"].map { categoryNames($0.value) } ?? []
        guard let types, let categories else { return nil }
        if types.isEmpty && categories.isEmpty {
            error("`applies-to` names no types and no categories", at: pair.value.mark)
            return nil
        }
        return .components(types: types, categories: categories)
    }

    private func subjectKind(_ scope: RuleScope) -> SubjectKind {
        switch scope {
        case .components: .component(scope.reachableTypes)
        case .flows: .flow
        case .design: .design
        }
    }

    // MARK: Conditions

    static let conditionKeys = [
        "all", "any", "not", "property", "type", "category", "requirement", "design-has", "upstream",
        "downstream", "every-path-from", "every-flow-upstream", "pii-tainted", "feeds-from",
        "feeds-into", "inbound", "outbound", "on-failure", "from", "to", "has-required-tags", "crosses-regions",
    ]
    static let operations = [
        "present", "equals", "not-equals", "in", "not-in", "contains", "at-least", "at-most",
        "more-than", "less-than",
    ]

    mutating func readCondition(_ node: YAMLNode, _ subject: SubjectKind) -> Condition? {
        guard let pairs = node.mapping, let first = pairs.first, let key = first.key.scalar?.value else {
            error(
                "a condition must be a mapping such as {property: encryption.at-rest, in: [kms, kms-cmk]}; found "
                    + "\(node.kindDescription)",
                at: node.mark)
            return nil
        }
        switch key {
        case "property":
            return readPropertyTest(node, key: "property", specs: subject.specs, kind: subject).map(Condition.property)
        case "requirement":
            return readPropertyTest(node, key: "requirement", specs: [CommonProperties.requirements], kind: .design)
                .map(Condition.requirement)
        case "every-path-from":
            guard let fields = fields(of: node, allowed: ["every-path-from", "through"], context: "`every-path-from`"),
                requireComponent(subject, key, first.key.mark)
            else { return nil }
            guard let through = fields["through"] else {
                error(
                    "`every-path-from` needs `through`: the condition a component on every such path meets",
                    at: node.mark)
                return nil
            }
            guard let source = readCondition(first.value, .anyComponent),
                let via = readCondition(through.value, .anyComponent)
            else { return nil }
            return .graph(GraphQuery(.everyPathFrom(through: via), source))
        default:
            break
        }
        guard pairs.count == 1 else {
            error(
                "a condition has one key; found \(pairs.count): "
                    + "\(pairs.compactMap { $0.key.scalar?.value }.joined(separator: ", "))"
                    + " (combine conditions with `all` or `any`)", at: pairs[1].key.mark)
            return nil
        }
        let value = first.value
        switch key {
        case "all", "any":
            guard let items = value.sequence, !items.isEmpty else {
                error("`\(key)` must be a non-empty list of conditions", at: value.mark)
                return nil
            }
            let parts = items.compactMap { readCondition($0, subject) }
            guard parts.count == items.count else { return nil }
            return key == "all" ? .all(parts) : .any(parts)
        case "not":
            return readCondition(value, subject).map(Condition.not)
        case "type":
            guard requireComponent(subject, key, first.key.mark) else { return nil }
            return typeNames(value).map { .type(TypeSet($0)) }
        case "category":
            guard requireComponent(subject, key, first.key.mark) else { return nil }
            return categoryNames(value).map(Condition.category)
        case "design-has":
            return readCondition(value, .anyComponent).map { .designHas(DesignQuery($0)) }
        case "upstream", "downstream":
            guard requireComponent(subject, key, first.key.mark) else { return nil }
            return readCondition(value, .anyComponent).map {
                .graph(GraphQuery(key == "upstream" ? .upstream : .downstream, $0))
            }
        case "every-flow-upstream":
            guard requireComponent(subject, key, first.key.mark) else { return nil }
            return readCondition(value, .flow).map { .graph(GraphQuery(.everyFlowUpstream, $0)) }
        case "pii-tainted", "has-required-tags":
            guard requireComponent(subject, key, first.key.mark), let flag = bool(value, key) else { return nil }
            let condition: Condition =
                key == "pii-tainted" ? .graph(GraphQuery(.piiTainted, .all([]))) : .hasRequiredTags
            return flag ? condition : .not(condition)
        case "feeds-from", "feeds-into", "on-failure":
            guard requireComponent(subject, key, first.key.mark), let inner = readCondition(value, .anyComponent) else {
                return nil
            }
            return key == "feeds-from" ? .feedsFrom(inner) : key == "feeds-into" ? .feedsInto(inner) : .onFailure(inner)
        case "inbound", "outbound":
            guard requireComponent(subject, key, first.key.mark), let inner = readCondition(value, .flow) else {
                return nil
            }
            return key == "inbound" ? .inbound(inner) : .outbound(inner)
        case "from", "to":
            guard case .flow = subject else {
                error("`\(key)` applies to flows; this condition is about \(describe(subject))", at: first.key.mark)
                return nil
            }
            return readCondition(value, .anyComponent).map { key == "from" ? .from($0) : .to($0) }
        case "crosses-regions":
            guard case .flow = subject else {
                error("`\(key)` applies to flows; this condition is about \(describe(subject))", at: first.key.mark)
                return nil
            }
            guard let flag = bool(value, key) else { return nil }
            return flag ? .crossesRegions : .not(.crossesRegions)
        default:
            let hint = Suggestion.hint(for: key, among: Self.conditionKeys + Self.operations)
            error("unknown condition '\(key)'\(hint)", at: first.key.mark)
            return nil
        }
    }

    private func describe(_ subject: SubjectKind) -> String {
        switch subject {
        case .component: "components"
        case .flow: "flows"
        case .design: "the design"
        }
    }

    private mutating func requireComponent(_ subject: SubjectKind, _ key: String, _ mark: Mark) -> Bool {
        if case .component = subject { return true }
        error("`\(key)` applies to components; this condition is about \(describe(subject))", at: mark)
        return false
    }

    private mutating func readPropertyTest(
        _ node: YAMLNode, key: String, specs: [[PropertySpec]], kind subject: SubjectKind
    ) -> PropertyTest? {
        guard let fields = fields(of: node, allowed: [key, "default"] + Self.operations, context: "a `\(key)` test"),
            let pathPair = fields[key], let path = text(pathPair)
        else { return nil }
        if case .design = subject, key == "property" {
            error(
                "`property` tests a component or a flow; a rule on the design tests `requirement` or `design-has`",
                at: pathPair.key.mark)
            return nil
        }
        let operations = Self.operations.filter { fields[$0] != nil }
        guard operations.count == 1, let operation = operations.first, let operand = fields[operation] else {
            error(
                "a `\(key)` test takes exactly one of \(Self.operations.joined(separator: ", ")); found "
                    + "\(operations.count)",
                at: node.mark)
            return nil
        }
        guard let valueKind = propertyKind(path, specs: specs, at: pathPair.value.mark) else { return nil }
        var defaultValue: Value?
        var defaultText: String?
        if let pair = fields["default"] {
            defaultText = pair.value.scalar?.value
            defaultValue = literal(pair.value, valueKind, "default")
            if defaultValue == nil { return nil }
        }
        let elementKind: ValueKind = if case .list(let element) = valueKind { element } else { valueKind }
        let parsed: PropertyTest.Operation?
        switch operation {
        case "present":
            parsed = bool(operand.value, "present").map(PropertyTest.Operation.present)
        case "equals", "not-equals", "contains":
            let comparand = literal(operand.value, operation == "contains" ? elementKind : valueKind, operation).map {
                Comparand.literal($0, operand.value.scalar?.value ?? "")
            }
            parsed = comparand.map {
                operation == "equals" ? .equals($0) : operation == "contains" ? .contains($0) : .notEquals($0)
            }
        case "in", "not-in":
            guard let items = operand.value.sequence, !items.isEmpty else {
                error("`\(operation)` takes a non-empty list of values", at: operand.value.mark)
                return nil
            }
            let values = items.compactMap { item in
                literal(item, valueKind, operation).map { Comparand.literal($0, item.scalar?.value ?? "") }
            }
            guard values.count == items.count else { return nil }
            parsed = operation == "in" ? .oneOf(values) : .noneOf(values)
        default:
            guard let comparand = quantity(operand.value, valueKind, operation, specs: specs) else { return nil }
            parsed =
                switch operation {
                case "at-least": .atLeast(comparand)
                case "at-most": .atMost(comparand)
                case "more-than": .moreThan(comparand)
                default: .lessThan(comparand)
                }
        }
        return parsed.map {
            PropertyTest(path: path, operation: $0, defaultValue: defaultValue, defaultText: defaultText)
        }
    }

    /// A scalar read with the property's kind; an error naming what was expected when it is not one.
    private mutating func literal(_ node: YAMLNode, _ kind: ValueKind, _ key: String) -> Value? {
        guard let scalar = node.scalar else {
            error("`\(key)` takes a single value here; found \(node.kindDescription)", at: node.mark)
            return nil
        }
        guard let value = kind.parse(scalar: scalar.value, plain: scalar.style == .plain) else {
            var hint = ""
            if case .oneOf(let allowed) = kind { hint = Suggestion.hint(for: scalar.value, among: allowed) }
            error("`\(key)` value '\(scalar.value)' is not \(kind.summary)\(hint)", at: node.mark)
            return nil
        }
        return value
    }

    /// A numeric comparand: a quantity in the property's unit, or `{requirement: key}`, `{budget: latency}` or
    /// `{property: path, times: N}` of the same kind.
    private mutating func quantity(
        _ node: YAMLNode, _ kind: ValueKind, _ key: String, specs: [[PropertySpec]]
    ) -> Comparand? {
        switch kind {
        case .count, .number, .duration, .size, .recordRate, .byteRate, .bandwidth, .money: break
        default:
            error("`\(key)` compares quantities; the property is \(kind.summary)", at: node.mark)
            return nil
        }
        if node.mapping != nil {
            let allowed = ["requirement", "budget", "property", "times"]
            guard let fields = fields(of: node, allowed: allowed, context: "a comparison") else { return nil }
            if let pair = fields["property"] {
                return propertyComparand(pair, times: fields["times"], kind: kind, specs: specs)
            }
            if let pair = fields["budget"] {
                guard text(pair) == "latency", kind == .duration else {
                    error("`{budget: latency}` is the only budget, and compares with a duration", at: pair.value.mark)
                    return nil
                }
                return .latencyBudget
            }
            guard let pair = fields["requirement"], let name = text(pair) else { return nil }
            guard let spec = CommonProperties.requirements.first(where: { $0.name == name }) else {
                let names = CommonProperties.requirements.map(\.name)
                error("unknown requirement '\(name)'\(Suggestion.hint(for: name, among: names))", at: pair.value.mark)
                return nil
            }
            guard spec.kind == kind else {
                error(
                    "requirement '\(name)' is \(spec.kind.summary), which cannot be compared with \(kind.summary)",
                    at: pair.value.mark)
                return nil
            }
            return .requirement(name)
        }
        return literal(node, kind, key).map { .literal($0, node.scalar?.value ?? "") }
    }

    /// `{property: path, times: N}`: a property of the subject's own, of the kind it is compared with.
    private mutating func propertyComparand(
        _ pair: YAMLPair, times: YAMLPair?, kind: ValueKind, specs: [[PropertySpec]]
    ) -> Comparand? {
        guard let path = text(pair), let other = propertyKind(path, specs: specs, at: pair.value.mark) else {
            return nil
        }
        guard other == kind else {
            error("'\(path)' is \(other.summary), which cannot be compared with \(kind.summary)", at: pair.value.mark)
            return nil
        }
        var factor: Decimal = 1
        if let times {
            guard case .number(let number)? = literal(times.value, .number, "times") else { return nil }
            guard number > 0 else {
                error("`times` is a positive number", at: times.value.mark)
                return nil
            }
            factor = number
        }
        return .property(path: path, parts: path.split(separator: ".").map(String.init), times: factor)
    }

    /// The kind of the property at a dotted path for the subject, or an error with the closest known name.
    mutating func propertyKind(_ path: String, _ subject: SubjectKind, at mark: Mark) -> ValueKind? {
        if case .design = subject {
            error("a rule on the design has no properties; use `requirements.<key>`", at: mark)
            return nil
        }
        return propertyKind(path, specs: subject.specs, at: mark)
    }

    private mutating func propertyKind(_ path: String, specs: [[PropertySpec]], at mark: Mark) -> ValueKind? {
        let parts = path.split(separator: ".").map(String.init)
        // The levels where a part was not found, whose names are suggested only if no type has the path.
        var missedLevels: [[PropertySpec]] = []
        var missing = path
        for start in specs {
            var level = start
            var found: ValueKind?
            for (offset, part) in parts.enumerated() {
                guard let spec = level.first(where: { $0.name == part }) else {
                    missedLevels.append(level)
                    missing = part
                    found = nil
                    break
                }
                found = spec.kind
                if offset < parts.count - 1 {
                    switch spec.kind {
                    case .object(let nested): level = nested
                    case .anyOf(let kinds):
                        level =
                            kinds.compactMap { if case .object(let nested) = $0 { nested } else { nil } }.first ?? []
                    case .map(let element):
                        level = [PropertySpec(parts[offset + 1], element, "")]
                    default: level = []
                    }
                }
            }
            if let found {
                if case .anyOf(let kinds) = found,
                    let scalar = kinds.first(where: { if case .object = $0 { false } else { true } })
                {
                    return scalar
                }
                return found
            }
        }
        let candidates = Set(missedLevels.joined().map(\.name))
        error(
            "no type this rule applies to has the property "
                + "'\(path)'\(Suggestion.hint(for: missing, among: candidates))",
            at: mark)
        return nil
    }

    // MARK: Built-in checks

    private mutating func readCheck(_ pair: YAMLPair, limits: YAMLPair?, scope: RuleScope?) -> BuiltinCheck? {
        guard let name = text(pair) else { return nil }
        guard let kind = BuiltinCheck.Kind(rawValue: name) else {
            let names = BuiltinCheck.Kind.allCases.map(\.rawValue)
            error(
                "unknown built-in check '\(name)'\(Suggestion.hint(for: name, among: names)); the kinds are "
                    + "\(names.joined(separator: ", "))",
                at: pair.value.mark)
            return nil
        }
        var read: [String: Limit] = [:]
        let entries = limits?.value.mapping ?? []
        if let limits, limits.value.mapping == nil {
            error("`limits` must map each limit's name to {value, source}", at: limits.value.mark)
            return nil
        }
        let required = Dictionary(
            kind.requiredLimits.map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first })
        for entry in entries {
            guard let limitName = entry.key.scalar?.value else { continue }
            var limitKind = required[limitName]
            if limitKind == nil, kind.acceptsTypeLimits, ComponentCatalog.all.contains(where: { $0.name == limitName })
            {
                limitKind = .duration
            }
            if limitKind == nil, kind.acceptsRegionalLimits, let at = limitName.firstIndex(of: "@"),
                Regions.known.contains(String(limitName[limitName.index(after: at)...]))
            {
                limitKind = required[String(limitName[..<at])]
            }
            guard let limitKind else {
                var known = Array(required.keys)
                if kind.acceptsTypeLimits { known += ComponentCatalog.all.map(\.name) }
                if kind.acceptsRegionalLimits { known += required.keys.map { "\($0)@us-east-1" } }
                error(
                    "check '\(name)' has no limit '\(limitName)'\(Suggestion.hint(for: limitName, among: known))",
                    at: entry.key.mark)
                continue
            }
            guard let fields = fields(of: entry.value, allowed: ["value", "source"], context: "a limit"),
                let valuePair = fields["value"], let sourcePair = fields["source"], let source = text(sourcePair)
            else {
                error(
                    "limit '\(limitName)' needs `value` and `source` (the page it was read from)", at: entry.value.mark)
                continue
            }
            if !source.hasPrefix("https://") {
                error("limit '\(limitName)' must cite an https:// source; found '\(source)'", at: sourcePair.value.mark)
            }
            guard let value = literal(valuePair.value, limitKind, limitName) else { continue }
            read[limitName] = Limit(value: value, text: valuePair.value.scalar?.value ?? "", source: source)
        }
        let written = Set(entries.compactMap { $0.key.scalar?.value })
        let missing = kind.requiredLimits.map(\.name).filter { !written.contains($0) }
        if !missing.isEmpty {
            error("check '\(name)' needs the limits \(missing.joined(separator: ", "))", at: (limits ?? pair).key.mark)
            return nil
        }
        guard read.count == entries.count else { return nil }
        if let scope, !kind.allows(scope) {
            error(
                "check '\(name)' works on \(kind.expectedScope.summary); this rule applies to \(scope.summary)",
                at: pair.key.mark)
            return nil
        }
        return BuiltinCheck(kind: kind, limits: read)
    }

    // MARK: Message, references, examples

    private mutating func readMessage(
        _ pair: YAMLPair?, _ root: YAMLNode, subject: SubjectKind, check: BuiltinCheck?
    ) -> MessageTemplate? {
        guard let pair, let source = text(pair) else {
            if pair == nil { error("missing `message`: the finding's text, with {placeholders}", at: root.mark) }
            return nil
        }
        guard let template = MessageTemplate(source) else {
            error("`message` has an unclosed or empty {placeholder}", at: pair.value.mark)
            return nil
        }
        let fixed =
            ["component", "type", "region", "flow", "from", "to", "design", "missing-tags"]
            + (check?.kind.variables ?? [])
        for name in template.placeholders where !fixed.contains(name) {
            if name.hasPrefix("requirements.") {
                let key = String(name.dropFirst(13))
                if !CommonProperties.requirements.contains(where: { $0.name == key }) {
                    error("`message` names an unknown requirement '\(key)'", at: pair.value.mark)
                }
                continue
            }
            if case .design = subject {
                error(
                    "`message` placeholder '{\(name)}' is not known here\(Suggestion.hint(for: name, among: fixed))",
                    at: pair.value.mark)
                continue
            }
            _ = propertyKind(name, subject, at: pair.value.mark)
        }
        return template
    }

    private mutating func readReferences(_ pair: YAMLPair?, _ root: YAMLNode) -> [String]? {
        guard let pair, let items = textList(pair), !items.isEmpty else {
            error(
                "`references` must list at least one https:// source for the rule's rationale",
                at: pair?.value.mark ?? root.mark)
            return nil
        }
        for (item, node) in zip(items, pair.value.sequence ?? []) where !item.hasPrefix("https://") {
            error("a reference must be an https:// address; found '\(item)'", at: node.mark)
        }
        return items
    }

    private mutating func readExamples(
        _ pair: YAMLPair?, _ root: YAMLNode
    ) -> (triggering: [RuleExample], passing: [RuleExample])? {
        guard let pair, let fields = fields(of: pair.value, allowed: ["triggering", "passing"], context: "`examples`")
        else {
            if pair == nil {
                error("missing `examples`: at least one triggering and one passing design", at: root.mark)
            }
            return nil
        }
        let triggering = readExampleList(fields["triggering"], "triggering", pair.value)
        let passing = readExampleList(fields["passing"], "passing", pair.value)
        guard let triggering, let passing else { return nil }
        for example in triggering where example.expected.isEmpty {
            error("a triggering example must mark where each finding lands with ↓", at: example.mark)
        }
        for example in passing where !example.expected.isEmpty {
            error("a passing example yields no finding, so it has no ↓ marks", at: example.mark)
        }
        return (triggering, passing)
    }

    private mutating func readExampleList(_ pair: YAMLPair?, _ key: String, _ parent: YAMLNode) -> [RuleExample]? {
        guard let pair, let items = pair.value.sequence, !items.isEmpty else {
            error("`examples` needs a non-empty `\(key)` list of designs", at: pair?.value.mark ?? parent.mark)
            return nil
        }
        var examples: [RuleExample] = []
        for item in items {
            guard let text = item.scalar?.value else {
                error(
                    "an example is a design written as a block scalar (`- |`); found \(item.kindDescription)",
                    at: item.mark)
                continue
            }
            examples.append(ExampleMarkers.extract(text, at: item.mark))
        }
        return examples.count == items.count ? examples : nil
    }

    // MARK: Small readers

    mutating func fields(of node: YAMLNode, allowed: [String], context: String) -> [String: YAMLPair]? {
        node.fields(allowed: allowed, context: context, log: &log)
    }

    private mutating func requiredText(_ fields: [String: YAMLPair], _ key: String, _ root: YAMLNode) -> String? {
        guard let pair = fields[key] else {
            error("missing `\(key)`", at: root.mark)
            return nil
        }
        return text(pair)
    }

    private mutating func text(_ pair: YAMLPair) -> String? {
        guard let scalar = pair.value.scalar, !scalar.isNull, !scalar.value.isEmpty else {
            error(
                "`\(pair.key.scalar?.value ?? "value")` must be text; found \(pair.value.kindDescription)",
                at: pair.value.mark)
            return nil
        }
        return scalar.value
    }

    private mutating func textList(_ pair: YAMLPair) -> [String]? {
        if let scalar = pair.value.scalar { return [scalar.value] }
        guard let items = pair.value.sequence else {
            error(
                "`\(pair.key.scalar?.value ?? "value")` must be a list; found \(pair.value.kindDescription)",
                at: pair.value.mark)
            return nil
        }
        let texts = items.compactMap { $0.scalar?.value }
        guard texts.count == items.count else {
            error("`\(pair.key.scalar?.value ?? "value")` must list plain values", at: pair.value.mark)
            return nil
        }
        return texts
    }

    private mutating func bool(_ node: YAMLNode, _ key: String) -> Bool? {
        guard let scalar = node.scalar, scalar.style == .plain, let flag = ["true": true, "false": false][scalar.value]
        else {
            error("`\(key)` must be true or false", at: node.mark)
            return nil
        }
        return flag
    }

    private mutating func typeNames(_ node: YAMLNode) -> Set<String>? {
        let known = ComponentCatalog.all.map(\.name)
        return names(node, what: "component type", known: known) { known.contains($0) ? $0 : nil }.map(Set.init)
    }

    private mutating func categoryNames(_ node: YAMLNode) -> Set<Category>? {
        names(node, what: "category", known: Category.allCases.map(\.rawValue), Category.init(rawValue:)).map(Set.init)
    }

    /// A name or a list of names, each one of `known`; each unknown name is an error with the closest known one.
    private mutating func names<Name>(
        _ node: YAMLNode, what: String, known: [String], _ make: (String) -> Name?
    ) -> [Name]? {
        let entries: [(text: String?, mark: Mark)] =
            node.scalar.map { [($0.value, node.mark)] }
            ?? node.sequence?.map { ($0.scalar?.value, $0.mark) } ?? []
        guard !entries.isEmpty else {
            error("expected a \(what) or a non-empty list of them; found \(node.kindDescription)", at: node.mark)
            return nil
        }
        var result: [Name] = []
        for entry in entries {
            guard let text = entry.text, let name = make(text) else {
                let written = entry.text ?? ""
                error("unknown \(what) '\(written)'\(Suggestion.hint(for: written, among: known))", at: entry.mark)
                continue
            }
            result.append(name)
        }
        return result.count == entries.count ? result : nil
    }
}

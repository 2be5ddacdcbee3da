import Diagnostics
import YAMLLoader
import BundledRules

/// One practice of the guidance the rules are held against: a lens best practice or a seed question.
public struct Practice: Sendable {
    public enum Source: String, Sendable, CaseIterable {
        case lens, serverless, seed

        public var title: String {
            switch self {
            case .lens: "Data Analytics Lens"
            case .serverless: "Serverless Applications Lens"
            case .seed: "Services map questions"
            }
        }
    }

    public let id: String
    public let title: String
    public let source: Source
    /// The Well-Architected Tool's risk level (`high` or `medium`), for lens practices.
    public let risk: String?
    public let url: String?
    /// What a design could show that no rule checks yet.
    public let open: [String]
    /// Why a design cannot show the practice, when it cannot.
    public let notCheckable: String?
    /// What the rules take as given, or the facets a design cannot show.
    public let note: String?
    public let mark: Mark
}

/// `Rules/practices.yaml`, read with a positioned error for every mistake.
public struct PracticeCatalog: Sendable {
    public let practices: [Practice]
    public let diagnostics: [Diagnostic]

    public static func bundled() -> PracticeCatalog {
        read(BundledRules.practices, file: "Rules/" + BundledRules.practicesPath)
    }

    static let keys: Set = ["title", "source", "risk", "url", "open", "not-checkable", "note"]

    public static func read(_ text: String, file: String) -> PracticeCatalog {
        let document = YAMLLoader().load(text, file: file)
        var log = DiagnosticLog(file: file)
        log.append(contentsOf: document.diagnostics)
        guard let root = document.root, !document.hasErrors else {
            return PracticeCatalog(practices: [], diagnostics: log.diagnostics)
        }
        guard let entries = root["practices"]?.mapping else {
            log.error("the practices file is a mapping with `practices:`, each practice under its id", at: root.mark)
            return PracticeCatalog(practices: [], diagnostics: log.diagnostics)
        }
        var practices: [Practice] = []
        for entry in entries {
            if let practice = readPractice(entry, log: &log) { practices.append(practice) }
        }
        return PracticeCatalog(practices: practices, diagnostics: log.diagnostics)
    }

    private static func readPractice(_ entry: YAMLPair, log: inout DiagnosticLog) -> Practice? {
        let id = entry.key.text ?? ""
        let node = entry.value
        guard let fields = node.mapping else {
            log.error("practice \(id) is a mapping of title, source and the rest", at: node.mark)
            return nil
        }
        for field in fields where !keys.contains(field.key.text ?? "") {
            let known = keys.sorted().joined(separator: ", ")
            log.error("unknown key '\(field.key.text ?? "")' in practice \(id); known: \(known)", at: field.key.mark)
        }
        guard let title = node["title"]?.text, !title.isEmpty else {
            log.error("practice \(id) needs a `title`", at: node.mark)
            return nil
        }
        guard let sourceNode = node["source"], let source = sourceNode.text.flatMap(Practice.Source.init) else {
            log.error("practice \(id): `source` is lens, serverless or seed", at: node["source"]?.mark ?? node.mark)
            return nil
        }
        let risk = node["risk"]?.text
        if let risk, risk != "high", risk != "medium" {
            log.error("practice \(id): `risk` is high or medium", at: node["risk"]!.mark)
        }
        let open = node["open"]?.sequence?.compactMap(\.text) ?? []
        if let openNode = node["open"], openNode.sequence == nil {
            log.error("practice \(id): `open` is a list of what no rule checks yet", at: openNode.mark)
        }
        let notCheckable = node["not-checkable"]?.text
        if notCheckable != nil, !open.isEmpty {
            log.error("practice \(id) is either not checkable or has open facets, not both", at: node.mark)
        }
        return Practice(
            id: id, title: title, source: source, risk: risk, url: node["url"]?.text, open: open,
            notCheckable: notCheckable, note: node["note"]?.text, mark: entry.key.mark)
    }
}

/// How far the rules cover each practice, derived from the rules' `lens:` and `seed:` ids and the practices file.
public struct PracticeCoverage: Sendable {
    public enum Verdict: String, Sendable, CaseIterable {
        case covered, partly, none
        case notCheckable = "not checkable"
    }

    public struct Entry: Sendable {
        public let practice: Practice
        /// The ids of the rules that name the practice, in catalog order.
        public let rules: [String]
        public let verdict: Verdict
    }

    public let entries: [Entry]
    /// Practice ids named by some rule but absent from the practices file.
    public let unknownIDs: [(rule: String, id: String)]

    public init(practices: [Practice], rules: [Rule]) {
        var citing: [String: [String]] = [:]
        for rule in rules {
            for id in rule.practices { citing[id, default: []].append(rule.id) }
        }
        entries = practices.map { practice in
            let rules = citing[practice.id] ?? []
            let verdict: Verdict =
                if practice.notCheckable != nil { .notCheckable } else if rules.isEmpty {
                    .none
                } else if practice.open.isEmpty { .covered } else { .partly }
            return Entry(practice: practice, rules: rules, verdict: verdict)
        }
        let known = Set(practices.map(\.id))
        unknownIDs = rules.flatMap { rule in
            rule.practices.filter { !known.contains($0) }.map { (rule.id, $0) }
        }
    }

    /// Counts of one group of practices: checkable ones by verdict, and the share covered.
    public struct Tally: Sendable {
        public let checkable: Int
        public let covered: Int
        public let partly: Int
        public let none: Int
        public let notCheckable: Int

        init(_ entries: [Entry]) {
            func count(_ verdict: Verdict) -> Int { entries.filter { $0.verdict == verdict }.count }
            covered = count(.covered)
            partly = count(.partly)
            none = count(.none)
            notCheckable = count(.notCheckable)
            checkable = covered + partly + none
        }

        /// The covered share of the checkable practices, in whole percent rounded down.
        public var coveredPercent: Int { checkable == 0 ? 100 : covered * 100 / checkable }
    }

    public var total: Tally { Tally(entries) }

    public func tally(_ source: Practice.Source) -> Tally { Tally(entries.filter { $0.practice.source == source }) }

    /// The Data Analytics Lens's high-risk practices.
    public var highRisk: Tally { Tally(entries.filter { $0.practice.risk == "high" }) }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Diagnostics
import Model

/// A limit a built-in check compares against, with the public source it was read from.
public struct Limit: Sendable {
    public let value: Value
    public let text: String
    public let source: String
}

/// A rule kind whose arithmetic needs derived figures; its limits are data in the rule file.
public struct BuiltinCheck: Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case shardCapacity = "shard-capacity"
        case lambdaConcurrency = "lambda-concurrency"
        case dynamodbCapacity = "dynamodb-capacity"
        case latencyBudget = "latency-budget"
        case bulkTransfer = "bulk-transfer"
        case residency
        case requiredTags = "required-tags"
        case firehoseCapacity = "firehose-capacity"
        case queueVisibility = "queue-visibility"
        case streamReaders = "stream-readers"
        case dynamodbReads = "dynamodb-reads"
        case overprovisionedCapacity = "overprovisioned-capacity"

        /// The limits the rule file must give, with their kinds.
        var requiredLimits: [(name: String, kind: ValueKind)] {
            switch self {
            case .shardCapacity:
                [
                    ("write-bytes-per-shard", .byteRate), ("write-records-per-shard", .recordRate),
                    ("read-bytes-per-shard", .byteRate),
                ]
            case .lambdaConcurrency:
                [("account-concurrency", .count)]
            case .dynamodbCapacity:
                [("write-unit-size", .size), ("table-write-units", .count)]
            case .latencyBudget:
                [("default", .duration), ("firehose-buffer-interval", .duration)]
            case .bulkTransfer:
                [("max-transfer-time", .duration), ("link-utilisation", .number)]
            case .residency, .requiredTags:
                []
            case .firehoseCapacity:
                [("direct-put-records", .recordRate), ("direct-put-bytes", .byteRate)]
            case .queueVisibility:
                [
                    ("timeout-multiple", .number), ("default-visibility-timeout", .duration),
                    ("default-function-timeout", .duration),
                ]
            case .streamReaders:
                [("shared-readers", .count)]
            case .dynamodbReads:
                [("read-unit-size", .size)]
            case .overprovisionedCapacity:
                [
                    ("headroom", .number), ("write-bytes-per-shard", .byteRate),
                    ("write-records-per-shard", .recordRate), ("read-bytes-per-shard", .byteRate),
                    ("write-unit-size", .size), ("read-unit-size", .size),
                ]
            }
        }

        /// Extra limits a kind accepts beyond the required ones: for latency, one per component type.
        var acceptsTypeLimits: Bool { self == .latencyBudget }

        /// Whether a required limit may be given again for one region (`NAME@REGION`), where AWS's quota differs.
        var acceptsRegionalLimits: Bool { self == .firehoseCapacity }

        /// The placeholders the kind fills in for the message template.
        var variables: [String] {
            switch self {
            case .shardCapacity: ["shards", "needed", "throughput", "basis"]
            case .lambdaConcurrency: ["needed", "limit", "rate", "basis"]
            case .dynamodbCapacity: ["needed", "limit", "rate", "basis", "advice"]
            case .latencyBudget: ["path", "total", "budget", "slowest", "slowest-latency"]
            case .bulkTransfer: ["size", "bandwidth", "days", "limit"]
            case .residency: ["what", "where", "allowed"]
            case .requiredTags: ["missing-tags", "components"]
            case .firehoseCapacity: ["throughput", "limit", "basis"]
            case .queueVisibility: ["visibility", "function", "timeout", "needed"]
            case .streamReaders: ["readers", "names", "limit"]
            case .dynamodbReads: ["needed", "rcu", "rate"]
            case .overprovisionedCapacity: ["provisioned", "needed", "headroom", "advice"]
            }
        }

        /// The scope the kind works on; a rule's `applies-to` must stay within it (`allows`).
        var expectedScope: RuleScope {
            func types(_ names: Set<String>) -> RuleScope { .components(types: names, categories: []) }
            return switch self {
            case .shardCapacity, .streamReaders: types(["kinesis-data-streams"])
            case .lambdaConcurrency: types(["lambda"])
            case .dynamodbCapacity, .dynamodbReads: types(["dynamodb"])
            case .latencyBudget, .requiredTags: .design
            case .bulkTransfer: .components(types: [], categories: [.source])
            case .residency: .components(types: [], categories: [])
            case .firehoseCapacity: types(["firehose"])
            case .queueVisibility: types(["sqs"])
            case .overprovisionedCapacity: types(["dynamodb", "kinesis-data-streams"])
            }
        }

        /// Whether a rule on `scope` gives the kind only what it can judge: the design for a design-wide
        /// kind, else components of its types or categories (any component when it names none).
        func allows(_ scope: RuleScope) -> Bool {
            switch (expectedScope, scope) {
            case (.design, .design), (.flows, .flows): return true
            case (.components(let types, let categories), .components(let ruleTypes, let ruleCategories)):
                if types.isEmpty && categories.isEmpty { return true }
                if ruleTypes.isEmpty && ruleCategories.isEmpty { return false }
                let typesFit = ruleTypes.allSatisfy { name in
                    let category = ComponentCatalog.type(named: name)?.category
                    return types.contains(name) || category.map(categories.contains) == true
                }
                return typesFit && ruleCategories.isSubset(of: categories)
            default: return false
            }
        }
    }

    public let kind: Kind
    public let limits: [String: Limit]

    /// A limit's value in its base unit.
    func limit(_ name: String) -> Decimal {
        limits[name]?.value.decimal ?? 0
    }

    /// A limit as it holds in one region: its `NAME@REGION` entry, else the limit itself.
    func limit(_ name: String, in region: String) -> Limit? {
        limits["\(name)@\(region)"] ?? limits[name]
    }
}

/// One place where a built-in check fails, with the figures its message needs.
struct BuiltinResult {
    let subject: Subject
    /// Where the finding points; nil for the subject itself.
    let mark: Mark?
    let variables: [String: String]
    /// Other components the finding concerns (the stages of an offending path), with what each is.
    var related: [(component: Int, label: String)] = []
}

/// The work of a built-in kind on one design.
protocol BuiltinEvaluation {
    static func run(_ check: BuiltinCheck, scope: RuleScope, evaluator: Evaluator) -> [BuiltinResult]
}

extension BuiltinCheck {
    func run(scope: RuleScope, evaluator: Evaluator) -> [BuiltinResult] {
        let evaluation: any BuiltinEvaluation.Type =
            switch kind {
            case .shardCapacity: ShardCapacity.self
            case .lambdaConcurrency: LambdaConcurrency.self
            case .dynamodbCapacity: DynamoDBCapacity.self
            case .latencyBudget: LatencyBudget.self
            case .bulkTransfer: BulkTransfer.self
            case .residency: Residency.self
            case .requiredTags: RequiredTags.self
            case .firehoseCapacity: FirehoseCapacity.self
            case .queueVisibility: QueueVisibility.self
            case .streamReaders: StreamReaders.self
            case .dynamodbReads: DynamoDBReads.self
            case .overprovisionedCapacity: Overprovisioning.self
            }
        return evaluation.run(self, scope: scope, evaluator: evaluator)
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Model

/// Analytics, orchestration, messaging, migration and the account-wide services.
enum ServicesPricing {
    static func price(_ context: inout PricingContext) -> Bool {
        let hours = context.hoursPerMonth
        switch context.component.type.name {
        case "athena":
            guard
                let queries = context.usage("queries")
                    ?? context.property("queries").map({ $0 * context.secondsPerMonth })
            else {
                context.assume("no queries rate: give `queries` (e.g. 2K/day)")
                return true
            }
            let scan = max(context.property("scan-per-query") ?? 10_000_000, 10_485_760)
            context.assume(
                "\(Quantities.count(queries)) queries × \(Quantities.bytes(scan)) scanned each (10 MB minimum)")
            context.add("Data scanned", quantity: queries * scan / PricingContext.tebibyte, rate: "athena/tb-scanned")
        case "quicksight":
            context.add("Authors", quantity: context.property("authors") ?? 1, rate: "quicksight/author-month")
            if let readers = context.property("readers") {
                context.add("Readers", quantity: readers, rate: "quicksight/reader-month")
            }
            if let spice = context.property("spice") {
                context.add(
                    "SPICE capacity", quantity: PricingContext.gigabytes(spice), rate: "quicksight/spice-gb-month")
            }
        case "step-functions":
            let executions =
                context.usage("executions") ?? context.property("executions").map { $0 * context.secondsPerMonth }
                ?? context.runsPerMonth() ?? 0
            if context.text("workflow") == "express" {
                context.add("Requests (Express)", quantity: executions, rate: "step-functions/express-requests")
            } else {
                let transitions = context.property("transitions") ?? 1
                context.assume(
                    "\(Quantities.count(executions)) executions × \(Quantities.number(transitions)) state transitions")
                context.add(
                    "State transitions", quantity: executions * transitions, rate: "step-functions/standard-transitions"
                )
            }
        case "mwaa":
            let size = context.text("environment-class") ?? "mw1.small"
            context.add("Environment hours (\(size))", quantity: hours, rate: "mwaa/environment-hour/\(size)")
            if let workers = context.property("workers"), workers > 1 {
                context.add(
                    "Additional worker hours", quantity: (workers - 1) * hours, rate: "mwaa/worker-hour/\(size)")
            }
        case "sqs":
            if let records = context.usage("requests") ?? context.recordsPerMonth().map({ $0 * 3 }) {
                if context.usage("requests") == nil {
                    context.assume("each message is sent, received and deleted: 3 requests")
                }
                let fifo = context.text("queue-type") == "fifo"
                context.add(
                    fifo ? "Requests (FIFO)" : "Requests", quantity: records,
                    rate: fifo ? "sqs/fifo-requests" : "sqs/requests")
            }
        case "sns":
            if let publishes = context.usage("requests") ?? context.recordsPerMonth() {
                let fifo = context.text("topic-type") == "fifo"
                context.add(
                    fifo ? "Publishes (FIFO)" : "Publishes", quantity: publishes,
                    rate: fifo ? "sns/fifo-publishes" : "sns/publishes")
            }
        case "eventbridge":
            if let events = context.usage("events") ?? context.recordsPerMonth() {
                context.add("Events", quantity: events, rate: "eventbridge/events")
            }
        case "snowball":
            let type = context.text("device-type") ?? "edge-storage-optimized"
            let devices = context.property("devices") ?? 1
            context.add("Jobs (\(type))", quantity: devices, rate: "snowball/job/\(type)")
            if let extra = context.usage("extra-days") {
                context.add("Extra days on site", quantity: devices * extra, rate: "snowball/extra-day/\(type)")
            }
        case "kms":
            context.add("Keys", quantity: context.property("keys") ?? 1, rate: "kms/key-month")
            if let requests = context.usage("requests") {
                context.add("Requests", quantity: requests, rate: "kms/requests")
            }
        case "cloudwatch":
            if let metrics = context.property("metrics") {
                context.add("Custom metrics", quantity: metrics, rate: "cloudwatch/metric-month")
            }
            if let dashboards = context.property("dashboards") {
                context.add("Dashboards", quantity: dashboards, rate: "cloudwatch/dashboard-month")
            }
            if let ingestion = context.property("log-ingestion") {
                let bytes = ingestion * context.secondsPerMonth
                context.add(
                    "Logs ingested", quantity: PricingContext.gigabytes(bytes), rate: "cloudwatch/log-ingestion-gb")
                let months = min(context.property("log-retention").map { $0 / context.secondsPerMonth } ?? 12, 12)
                context.assume(
                    "logs stored: one month's ingestion × \(Quantities.number(months)) month(s) kept (at most a year "
                        + "shown)"
                )
                context.add(
                    "Logs stored", quantity: PricingContext.gigabytes(bytes) * months,
                    rate: "cloudwatch/log-storage-gb-month")
            }
        case "cloudtrail":
            if let events = context.usage("data-events") {
                context.add("Data events", quantity: events, rate: "cloudtrail/data-events")
            } else {
                context.assume(
                    "the first copy of management events is free; data events are priced from `usage: {data-events: N}`"
                )
            }
        case "config":
            if let evaluations = context.usage("evaluations") {
                context.add("Rule evaluations", quantity: evaluations, rate: "config/rule-evaluations")
            } else {
                context.assume("rule evaluations are priced from `usage: {evaluations: N}`")
            }
        case "macie":
            context.add("Buckets monitored", quantity: context.property("buckets") ?? 1, rate: "macie/bucket-month")
            if let inspected = context.property("inspected") {
                context.add(
                    "Data inspected", quantity: PricingContext.gigabytes(inspected * context.secondsPerMonth),
                    rate: "macie/gb-inspected")
            }
        case "x-ray":
            if let traces = context.property("traces") {
                context.add("Traces recorded", quantity: traces * context.secondsPerMonth, rate: "x-ray/traces")
            }
        case "route53":
            context.add(
                "Hosted zones", quantity: context.property("hosted-zones") ?? 1, rate: "route53/hosted-zone-month")
            if let queries = context.property("queries") {
                context.add("Queries", quantity: queries * context.secondsPerMonth, rate: "route53/queries")
            }
            if let checks = context.property("health-checks") {
                context.add("Health checks", quantity: checks, rate: "route53/health-check-month")
            }
        case "direct-connect":
            let bandwidth = context.component.property("bandwidth")?.text ?? "1Gbps"
            context.add(
                "Port hours (\(bandwidth))", quantity: (context.property("ports") ?? 1) * hours,
                rate: "direct-connect/port-hour/\(bandwidth)")
        case "budgets":
            let budgets = context.property("budgets") ?? 1
            if budgets > 2 {
                context.assume("the first two budgets are free")
                context.add(
                    "Budgets past the first two", quantity: (budgets - 2) * context.daysPerMonth,
                    rate: "budgets/budget-day")
            }
        case "glue-data-catalog":
            if let objects = context.property("objects"), objects > 1_000_000 {
                context.add(
                    "Objects past the free million", quantity: objects - 1_000_000, rate: "glue/catalog-objects-month")
            }
            if let requests = context.usage("requests"), requests > 1_000_000 {
                context.add(
                    "Requests past the free million", quantity: requests - 1_000_000, rate: "glue/catalog-requests")
            }
            if let crawlers = context.property("crawlers"), let runs = context.runsPerMonth() {
                let duration = context.property("crawler-duration") ?? 0
                if context.property("crawler-duration") == nil {
                    context.assume("no crawler-duration: each crawl is billed Glue's 10-minute minimum")
                }
                let dpus = context.usage("crawler-dpus") ?? 2
                if context.usage("crawler-dpus") == nil {
                    context.assume("crawlers priced at 2 DPUs each (give `usage: {crawler-dpus: N}`)")
                }
                let billed = max(duration, 600)
                context.add(
                    "Crawler DPU hours", quantity: crawlers * dpus * billed * runs / 3600, rate: "glue/crawler-dpu-hour"
                )
            }
        default:
            return false
        }
        return true
    }
}

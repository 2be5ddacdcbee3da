#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Model

/// The work of pricing one component: its usage (derived from the graph or given in `usage:`), the
/// region's rates, and the line items and assumptions collected so far.
struct PricingContext {
    let component: Component
    let graph: DesignGraph
    let index: Int
    let region: String
    let table: RateTable?
    let month: Month
    private(set) var items: [LineItem] = []
    /// Whether always-free allowances are subtracted (`--free-tier`).
    var freeTier = false
    private(set) var assumptions: [String] = []

    init(component: Component, graph: DesignGraph, index: Int, region: String, table: RateTable?, month: Month) {
        self.component = component
        self.graph = graph
        self.index = index
        self.region = region
        self.table = table
        self.month = month
    }

    static let gibibyte: Decimal = 1_073_741_824
    static let tebibyte: Decimal = 1_099_511_627_776

    /// Bytes as billed gigabytes: AWS's "GB" is 2^30 bytes.
    static func gigabytes(_ bytes: Decimal) -> Decimal { bytes * perGibibyte }
    /// 2^-30, exact in 21 digits: multiplying by it costs a fraction of dividing by 2^30.
    static let perGibibyte = Decimal(string: "0.000000000931322574615478515625")!

    var hoursPerMonth: Decimal { month.hours }
    var secondsPerMonth: Decimal { month.seconds }
    var daysPerMonth: Decimal { month.days }
    var inbound: Throughput { graph.inbound[index] }
    var consumers: Int { graph.outgoing[index].count }

    func property(_ path: String) -> Decimal? { component.property(path)?.value.decimal }
    func text(_ path: String) -> String? { component.property(path)?.value.string }

    /// A figure from `usage:`, which overrides what would be derived: a rate multiplied out over the month,
    /// a duration as hours, anything else as written.
    func usage(_ name: String) -> Decimal? {
        guard let value = component.property("usage.\(name)")?.value else { return nil }
        switch value {
        case .recordRate(let perSecond): return perSecond * secondsPerMonth
        case .duration(let seconds): return seconds / 3600
        default: return value.decimal
        }
    }

    /// Records an assumption once: pricers ask for the same derived figure (runs a month, a run's
    /// length) more than once, and each asking must not repeat what it assumed.
    mutating func assume(_ text: String) {
        if !assumptions.contains(text) { assumptions.append(text) }
    }

    /// Records reaching the component in a month, from the graph.
    mutating func recordsPerMonth() -> Decimal? {
        guard let rate = inbound.rate else { return nil }
        let records = rate.value * secondsPerMonth
        assume(
            "\(Quantities.count(rate.value)) records/s in (\(rate.basis(in: graph))) × "
                + "\(Quantities.number(secondsPerMonth)) s = \(Quantities.count(records)) records a month"
        )
        return records
    }

    /// Bytes reaching the component in a month, from the graph.
    mutating func bytesPerMonth() -> Decimal? {
        guard let volume = inbound.volume else { return nil }
        let bytes = volume.value * secondsPerMonth
        assume(
            "\(Quantities.bytes(volume.value))/s in (\(volume.basis(in: graph))) × "
                + "\(Quantities.number(secondsPerMonth)) s = \(Quantities.bytes(bytes)) a month"
        )
        return bytes
    }

    /// Raw bytes per byte of Parquet or ORC, when a design does not state its own: the Athena pricing page's example
    /// takes 3:1 for converting text to a compressed columnar format (docs/pricing.md).
    static let defaultColumnarRatio: Decimal = 3

    /// Bytes per second that land in the component, each flow that turns raw records into Parquet or ORC (a flow's
    /// `format`, or a Firehose's `convert-to`) shrunk by its compression ratio. A flow that states its own volume,
    /// or whose source already receives columnar data, carries columnar bytes already and is taken as it is.
    mutating func landedVolume() -> Decimal? {
        guard let volume = inbound.volume?.value else { return nil }
        var landed: Decimal = 0
        var shrunk = false
        for flowIndex in graph.incoming[index] {
            guard let bytes = graph.flowThroughput[flowIndex].volume?.value else { continue }
            let flow = graph.flow(flowIndex), source = graph.component(graph.ends[flowIndex].from)
            let format = flow.properties["format"]?.value.string ?? source.property("convert-to")?.value.string
            guard format == "parquet" || format == "orc", flow.stated.volume == nil,
                !graph.incoming[graph.ends[flowIndex].from].contains(where: { Self.isColumnar(graph.flow($0)) })
            else {
                landed += bytes
                continue
            }
            let stated =
                flow.properties["compression-ratio"]?.value.decimal
                ?? source.property("compression-ratio")?.value.decimal
            let ratio = max(stated ?? Self.defaultColumnarRatio, 1)
            landed += bytes / ratio
            shrunk = true
            assume(
                "\(format!) from '\(source.name)' is stored at 1/\(Quantities.number(ratio)) of its raw "
                    + "\(Quantities.bytes(bytes))/s"
                    + (stated == nil
                        ? " (the default compression ratio of 3; state `compression-ratio` to change it)" : ""))
        }
        return shrunk ? landed : volume
    }

    static func isColumnar(_ flow: Flow) -> Bool {
        let format = flow.properties["format"]?.value.string
        return format == "parquet" || format == "orc"
    }

    /// The average size of a record reaching the component.
    var recordSize: Decimal? { inbound.recordSize?.value }

    /// How many times the component's schedule fires in the month; a cron expression counts as daily.
    mutating func runsPerMonth() -> Decimal? {
        if let runs = usage("runs") { return runs }
        guard let schedule = component.property("schedule")?.value.schedule else { return nil }
        if let runs = month.runs(of: schedule) { return runs }
        assume(
            "the cron schedule is taken to fire once a day: \(Quantities.number(daysPerMonth)) runs (give `usage: "
                + "{runs: N}` to say otherwise)"
        )
        return daysPerMonth
    }

    /// How long one run lasts: `duration`, else the run's share of the month's inbound bytes ÷ `throughput`.
    mutating func runDuration() -> Decimal? {
        if let duration = property("duration") { return duration }
        guard let throughput = property("throughput"), throughput > 0, let volume = inbound.volume,
            let runs = runsPerMonth(), runs > 0
        else { return nil }
        let bytesPerRun = volume.value * secondsPerMonth / runs
        let seconds = bytesPerRun / throughput
        assume(
            "\(Quantities.bytes(volume.value))/s in (\(volume.basis(in: graph))) over \(Quantities.number(runs)) "
                + "runs = \(Quantities.bytes(bytesPerRun)) a run; ÷ throughput "
                + "\(Quantities.bytes(throughput * 3600))/h = \(Quantities.duration(seconds)) a run"
        )
        return seconds
    }

    /// Hours the component runs in the month: `hours-per-day`, else `duration` × runs, else all month.
    mutating func runningHours() -> Decimal {
        if let hours = usage("hours") { return hours }
        if let perDay = property("hours-per-day") {
            let hours = perDay * daysPerMonth
            assume(
                "\(Quantities.number(perDay)) h a day × \(Quantities.number(daysPerMonth)) days = "
                    + "\(Quantities.number(hours)) h"
            )
            return hours
        }
        if let duration = runDuration(), let runs = runsPerMonth() {
            let hours = duration * runs / 3600
            assume(
                "\(Quantities.duration(duration)) a run × \(Quantities.number(runs)) runs = "
                    + "\(Quantities.number(hours)) h"
            )
            return hours
        }
        return hoursPerMonth
    }

    /// The last line's quantity × unit price, unrounded, if it was priced: what a discount applies to.
    var lastAmount: Decimal? { items.last.flatMap { item in item.unitPrice.map { item.quantity * $0 } } }

    /// Adds a negative line: the share `rate` (a fraction) of `amount`, e.g. the Spot saving on EC2.
    mutating func addDiscount(_ description: String, on amount: Decimal?, rate key: String) {
        let rate = table?.rates[key]
        guard let amount, let fraction = rate?.price else {
            items.append(
                LineItem(
                    description: description, quantity: amount ?? 0, unit: "USD", unitPrice: nil, unitPriceText: nil,
                    monthly: nil,
                    rate: key, source: rate?.source,
                    missing: rate?.missing ?? (amount == nil ? "the line it discounts is unpriced" : "no rate '\(key)'")
                ))
            return
        }
        items.append(
            LineItem(
                description: description, quantity: amount, unit: "USD", unitPrice: -fraction,
                unitPriceText: "-" + (rate?.priceText ?? "\(fraction)"),
                monthly: (-amount * fraction).rounded(2), rate: key, source: rate?.source, missing: nil,
                read: rate?.read, via: rate?.via))
    }

    /// Adds a negative line at a share the design itself states (`origin` names the property), e.g. `spot-discount`.
    mutating func addDiscount(_ description: String, on amount: Decimal?, fraction: Decimal, origin: String) {
        let text = "-" + Quantities.number(fraction)
        items.append(
            LineItem(
                description: description, quantity: amount ?? 0, unit: "USD",
                unitPrice: amount == nil ? nil : -fraction,
                unitPriceText: amount == nil ? nil : text, monthly: amount.map { (-$0 * fraction).rounded(2) },
                rate: "design: \(origin)", source: nil,
                missing: amount == nil ? "the line it discounts is unpriced" : nil))
    }

    /// Adds a line whose quantity cannot be known without a figure the design does not give: unpriced, saying which.
    mutating func addMissingFigure(_ description: String, rate key: String, needs figure: String) {
        let unit = RateCatalog.spec(for: key)?.unit ?? ""
        var item = LineItem(
            description: description, quantity: 0, unit: unit, unitPrice: nil, unitPriceText: nil, monthly: nil,
            rate: key, source: table?.rates[key]?.source, missing: "needs \(figure)")
        item.needsFigure = true
        items.append(item)
    }

    /// Adds a line: `quantity` is in the rate's base units (requests, GB, hours), divided by its `per`.
    mutating func add(_ description: String, quantity: Decimal, rate key: String) {
        guard let spec = RateCatalog.spec(for: key) else { return }
        let amount = spec.units(of: quantity)
        guard let table else {
            items.append(
                LineItem(
                    description: description, quantity: amount, unit: spec.unit, unitPrice: nil, unitPriceText: nil,
                    monthly: nil, rate: key, source: nil, missing: "no rate table for \(region)"))
            return
        }
        guard let rate = table.rates[key] else {
            items.append(
                LineItem(
                    description: description, quantity: amount, unit: spec.unit, unitPrice: nil, unitPriceText: nil,
                    monthly: nil, rate: key, source: nil, missing: "\(table.file) has no rate '\(key)'"))
            return
        }
        guard let price = rate.price else {
            items.append(
                LineItem(
                    description: description, quantity: amount, unit: spec.unit, unitPrice: nil, unitPriceText: nil,
                    monthly: nil, rate: key, source: rate.source, missing: rate.missing))
            return
        }
        if !rate.tiers.isEmpty {
            addTiered(description, amount: amount, rate: rate, unit: spec.unit)
        } else {
            items.append(
                LineItem(
                    description: description, quantity: amount, unit: spec.unit, unitPrice: price,
                    unitPriceText: rate.priceText,
                    monthly: (amount * price).rounded(2), rate: key, source: rate.source, missing: nil, read: rate.read,
                    via: rate.via))
        }
        if freeTier, let free = rate.free, amount > 0 {
            let allowance = min(amount, free.quantity)
            items.append(
                LineItem(
                    description: "\(description), free tier", quantity: -allowance, unit: spec.unit, unitPrice: price,
                    unitPriceText: rate.priceText, monthly: (-allowance * price).rounded(2), rate: key,
                    source: free.source, missing: nil, read: rate.read, via: nil))
            assume(
                "\(key)'s always-free allowance, \(Quantities.number(free.quantity)) × \(spec.unit) a month, is "
                    + "subtracted "
                    + "as if this component were the account's only use of it (\(free.source))")
        }
    }

    /// Splits `amount` across a tiered rate's tiers, a line each tier it reaches (the first always).
    private mutating func addTiered(_ description: String, amount: Decimal, rate: Rate, unit: String) {
        var below: Decimal = 0
        for (position, tier) in rate.tiers.enumerated() {
            let inTier = tier.upTo.map { max(0, min(amount, $0) - below) } ?? max(0, amount - below)
            guard inTier > 0 || position == 0 else { break }
            let label: String
            switch (position, tier.upTo) {
            case (0, let upTo?): label = "first \(Self.grouped(upTo))"
            case (_, let upTo?): label = "\(Self.grouped(below)) to \(Self.grouped(upTo))"
            case (_, nil): label = "over \(Self.grouped(below))"
            }
            items.append(
                LineItem(
                    description: "\(description), tier \(label)", quantity: inTier, unit: unit, unitPrice: tier.price,
                    unitPriceText: tier.priceText, monthly: (inTier * tier.price).rounded(2), rate: rate.key,
                    source: rate.source, missing: nil, read: rate.read, via: tier.via ?? rate.via))
            below = tier.upTo ?? below
        }
        assume(
            "\(rate.key) is tiered by the \(unit) of a month; its tiers are applied to this component's quantity alone "
                + "(AWS applies them to the account's total)")
    }

    /// A tier's bound as people read a price list: whole, with thousands separated (`7,500,000,000`).
    static func grouped(_ value: Decimal) -> String {
        let digits = Array(value.plainText(scale: 0))
        var text = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return text
    }
}

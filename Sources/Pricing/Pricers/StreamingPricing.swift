#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Model

/// Kinesis Data Streams, Firehose and MSK.
enum StreamingPricing {
    static func price(_ context: inout PricingContext) -> Bool {
        switch context.component.type.name {
        case "kinesis-data-streams": kinesis(&context)
        case "firehose": firehose(&context)
        case "msk": msk(&context)
        default: return false
        }
        return true
    }

    static func kinesis(_ context: inout PricingContext) {
        let hours = context.hoursPerMonth
        let retention = context.property("retention") ?? 86400
        if context.text("mode") == "on-demand" {
            context.add("Stream hours (on-demand)", quantity: hours, rate: "kinesis-data-streams/on-demand-stream-hour")
            if let records = context.recordsPerMonth() {
                let size = context.recordSize ?? 1024
                let billed = Quantities.ceiling(size, over: 1024) * 1024
                context.assume("each record is billed rounded up to whole KB: \(Quantities.bytes(billed))")
                let bytesIn = records * billed
                context.add(
                    "Data in", quantity: PricingContext.gigabytes(bytesIn), rate: "kinesis-data-streams/on-demand-gb-in"
                )
                let readers = Decimal(max(context.consumers, 1))
                context.assume("data out = data in × \(Quantities.number(readers)) consumer(s)")
                context.add(
                    "Data out", quantity: PricingContext.gigabytes(bytesIn * readers),
                    rate: "kinesis-data-streams/on-demand-gb-out")
            }
            if retention > 86400 {
                if let volume = context.inbound.volume?.value {
                    let extended = min(retention, 7 * 86400) - 86400
                    let stored = PricingContext.gigabytes(volume * extended)
                    context.assume(
                        "on-demand data kept past 24 h: \(Quantities.bytes(volume))/s × "
                            + "\(Quantities.duration(extended)) = "
                            + "\(Quantities.number(stored)) GB on average")
                    context.add(
                        "Extended retention (to 7 days)", quantity: stored,
                        rate: "kinesis-data-streams/on-demand-extended-retention-gb-month")
                } else {
                    context.addMissingFigure(
                        "Extended retention (to 7 days)",
                        rate: "kinesis-data-streams/on-demand-extended-retention-gb-month",
                        needs: "an inbound volume: on-demand retention past 24 h is billed by the GB kept")
                }
            }
        } else {
            let shards: Decimal
            if let given = context.usage("shards") ?? context.property("shards") {
                shards = given
                context.assume("shards taken from the design: \(Quantities.number(shards))")
            } else if let rate = context.inbound.rate {
                let bytes = context.inbound.volume?.value ?? rate.value * (context.recordSize ?? 1024)
                shards = max(1, Quantities.ceiling(bytes, over: 1_000_000), Quantities.ceiling(rate.value, over: 1000))
                context.assume(
                    "shards derived from the inbound rate: max(\(Quantities.bytes(bytes))/s ÷ 1 MB/s, "
                        + "\(Quantities.count(rate.value)) records/s ÷ 1,000) = \(Quantities.number(shards))"
                )
            } else {
                shards = 1
                context.assume("no shard count and no inbound rate: priced as 1 shard")
            }
            context.add("Shard hours", quantity: shards * hours, rate: "kinesis-data-streams/shard-hour")
            if let records = context.recordsPerMonth() {
                let units = max(1, Quantities.ceiling(context.recordSize ?? 1024, over: 25_600))
                context.assume("\(Quantities.number(units)) PUT payload unit(s) of 25 KB per record")
                context.add(
                    "PUT payload units", quantity: records * units, rate: "kinesis-data-streams/put-payload-units")
            }
            if retention > 86400 {
                context.add(
                    "Extended retention (to 7 days)", quantity: shards * hours,
                    rate: "kinesis-data-streams/extended-retention-shard-hour")
            }
            if let fanOut = context.property("consumers"), fanOut > 0 {
                context.add(
                    "Enhanced fan-out consumer shard hours", quantity: fanOut * shards * hours,
                    rate: "kinesis-data-streams/efo-consumer-shard-hour")
                if let bytes = context.bytesPerMonth() {
                    context.add(
                        "Enhanced fan-out data retrieved", quantity: PricingContext.gigabytes(bytes * fanOut),
                        rate: "kinesis-data-streams/efo-gb")
                }
            }
        }
        if retention > 7 * 86400, let volume = context.inbound.volume?.value {
            let pastSevenDays = retention - (7 * 86400)
            let stored = PricingContext.gigabytes(volume * pastSevenDays)
            context.assume(
                "data kept past 7 days: \(Quantities.bytes(volume))/s × \(Quantities.duration(pastSevenDays)) = "
                    + "\(Quantities.number(stored)) GB on average"
            )
            context.add(
                "Long-term retention", quantity: stored, rate: "kinesis-data-streams/long-term-retention-gb-month")
        }
    }

    static func firehose(_ context: inout PricingContext) {
        guard let records = context.usage("records") ?? context.recordsPerMonth() else {
            context.assume("no inbound rate: give the flows a rate or `usage: {records: N}` to price ingestion")
            return
        }
        let size = context.recordSize ?? 1024
        let billed = Quantities.ceiling(size, over: 5120) * 5120
        context.assume("each record is billed rounded up to 5 KB: \(Quantities.bytes(billed))")
        let gigabytes = PricingContext.gigabytes(records * billed)
        context.add("Data ingested", quantity: gigabytes, rate: "firehose/gb-ingested")
        if context.text("convert-to") != nil {
            context.add("Format conversion", quantity: gigabytes, rate: "firehose/format-conversion-gb")
        }
    }

    static func msk(_ context: inout PricingContext) {
        let hours = context.hoursPerMonth
        if context.component.property("serverless")?.value.bool == true {
            context.add("Cluster hours (serverless)", quantity: hours, rate: "msk/serverless-cluster-hour")
            let partitions = context.property("partitions") ?? 1
            context.add("Partition hours", quantity: partitions * hours, rate: "msk/serverless-partition-hour")
            if let bytes = context.bytesPerMonth() {
                context.add("Data in", quantity: PricingContext.gigabytes(bytes), rate: "msk/serverless-gb-in")
                context.add(
                    "Data out", quantity: PricingContext.gigabytes(bytes * Decimal(max(context.consumers, 1))),
                    rate: "msk/serverless-gb-out")
            }
            return
        }
        let brokers = context.property("brokers") ?? 3
        if context.property("brokers") == nil {
            context.assume("no broker count: priced as 3 brokers, one per Availability Zone")
        }
        let type = context.text("broker-type") ?? "kafka.m5.large"
        if context.text("broker-type") == nil { context.assume("no broker-type: priced as kafka.m5.large") }
        context.add("Broker hours (\(type))", quantity: brokers * hours, rate: "msk/broker-hour/\(type)")
        if let storage = context.property("storage") {
            context.add(
                "Broker storage", quantity: PricingContext.gigabytes(storage * brokers), rate: "msk/storage-gb-month")
        }
    }
}

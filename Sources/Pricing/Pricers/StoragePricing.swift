#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Model

/// S3, DynamoDB, Redshift, Redshift Serverless, ElastiCache, Aurora PostgreSQL and Feature Store.
enum StoragePricing {
    static func price(_ context: inout PricingContext) -> Bool {
        switch context.component.type.name {
        case "s3": s3(&context)
        case "dynamodb": dynamodb(&context)
        case "redshift": redshift(&context)
        case "redshift-serverless": redshiftServerless(&context)
        case "elasticache": elasticache(&context)
        case "aurora-postgresql": aurora(&context)
        case "sagemaker-feature-store": featureStore(&context)
        default: return false
        }
        return true
    }

    /// Bytes stored on average over the month: `usage.storage`, else what flows in kept for `retention`,
    /// else half of a month's inflow (the first month's average).
    static func storedBytes(_ context: inout PricingContext) -> Decimal? {
        if let stored = context.usage("storage") ?? context.property("storage") { return stored }
        guard let volume = context.landedVolume() else { return nil }
        if let retention = context.property("retention") {
            let stored = volume * retention
            context.assume(
                "stored = \(Quantities.bytes(volume))/s in × \(Quantities.duration(retention)) retention = "
                    + "\(Quantities.bytes(stored)) (steady state)"
            )
            return stored
        }
        let stored = (volume * context.secondsPerMonth).shifted(by: -1) * 5
        context.assume(
            "no retention: stored = half of one month's inflow (the first month's average), \(Quantities.bytes(stored))"
        )
        return stored
    }

    /// With an inflow, a retention (or `lifecycle.expire-after`) and a lifecycle transition before it:
    /// the bytes kept in the bucket's class until the transition, and those kept in the class it moves to.
    static func lifecycleSplit(
        _ context: inout PricingContext, storageClass: String
    ) -> (Decimal, (storageClass: String, bytes: Decimal))? {
        guard context.usage("storage") == nil, context.property("storage") == nil, let volume = context.landedVolume(),
            let retention = context.property("retention") ?? context.property("lifecycle.expire-after"),
            let after = context.property("lifecycle.transition-after"), after < retention,
            let target = context.text("lifecycle.transition-to"), target != storageClass
        else { return nil }
        let first = volume * after
        let remaining = retention - after
        let later = volume * remaining
        context.assume(
            "stored = \(Quantities.bytes(volume))/s in × \(Quantities.duration(after)) in \(storageClass) = "
                + "\(Quantities.bytes(first)), "
                + "then × \(Quantities.duration(remaining)) more in \(target) until "
                + "\(Quantities.duration(retention)) = \(Quantities.bytes(later)) (steady state)"
        )
        return (first, (target, later))
    }

    static func s3(_ context: inout PricingContext) {
        let storageClass = context.text("storage-class") ?? "standard"
        if let (first, later) = lifecycleSplit(&context, storageClass: storageClass) {
            context.add(
                "Storage (\(storageClass))", quantity: PricingContext.gigabytes(first),
                rate: "s3/storage-gb-month/\(storageClass)")
            context.add(
                "Storage (\(later.storageClass), after the lifecycle transition)",
                quantity: PricingContext.gigabytes(later.bytes),
                rate: "s3/storage-gb-month/\(later.storageClass)")
        } else if let stored = storedBytes(&context) {
            context.add(
                "Storage (\(storageClass))", quantity: PricingContext.gigabytes(stored),
                rate: "s3/storage-gb-month/\(storageClass)")
        } else {
            context.assume("no inbound volume, retention or `usage: {storage: ...}`: storage cannot be derived")
        }
        var writes = context.usage("put-requests")
        if writes == nil,
            let delivery = context.graph.incoming[context.index].first(where: {
                context.graph.component(context.graph.ends[$0].from).type.name == "firehose"
            })
        {
            let firehose = context.graph.component(context.graph.ends[delivery].from)
            let interval = firehose.property("buffer.interval")?.value.decimal ?? 300
            let size = firehose.property("buffer.size")?.value.decimal ?? 5 * 1_048_576
            let byTime = context.secondsPerMonth / max(interval, 1)
            let bySize = (context.inbound.volume?.value ?? 0) * context.secondsPerMonth / size
            writes = Quantities.ceiling(max(byTime, bySize))
            context.assume(
                "objects written by \(firehose.name): one per buffer (\(Quantities.duration(interval)) or "
                    + "\(Quantities.bytes(size)), whichever fills first) = \(Quantities.count(writes!)) PUTs"
            )
        }
        if let writes { context.add("PUT requests", quantity: writes, rate: "s3/put-requests") }
        if let reads = context.usage("get-requests") {
            context.add("GET requests", quantity: reads, rate: "s3/get-requests")
        }
        if let target = context.text("replication.to"), let replica = context.graph.design.component(named: target),
            replica.region != context.component.region,
            let bytes = context.bytesPerMonth()
        {
            context.add(
                "Replication to \(replica.region)", quantity: PricingContext.gigabytes(bytes),
                rate: "data-transfer/inter-region-gb")
        }
    }

    static func dynamodb(_ context: inout PricingContext) {
        let itemSize = context.property("item-size") ?? context.recordSize ?? 1024
        let unitsPerWrite = max(1, Quantities.ceiling(itemSize, over: 1024))
        var writes: Decimal?
        if let records = context.usage("writes") ?? context.recordsPerMonth() {
            writes = records * unitsPerWrite
            context.assume(
                "\(Quantities.number(unitsPerWrite)) write unit(s) per item of \(Quantities.bytes(itemSize))")
        }
        if context.text("capacity") == "provisioned" {
            if let wcu = context.property("wcu") {
                context.add(
                    "Write capacity unit hours", quantity: wcu * context.hoursPerMonth, rate: "dynamodb/wcu-hour")
            }
            if let rcu = context.property("rcu") {
                context.add(
                    "Read capacity unit hours", quantity: rcu * context.hoursPerMonth, rate: "dynamodb/rcu-hour")
            }
        } else {
            if let writes { context.add("Write request units", quantity: writes, rate: "dynamodb/write-request-units") }
            if let reads = context.usage("reads") {
                context.add("Read request units", quantity: reads, rate: "dynamodb/read-request-units")
            }
        }
        if let stored = tableBytes(&context) {
            context.add("Storage", quantity: PricingContext.gigabytes(stored), rate: "dynamodb/storage-gb-month")
            if context.component.property("pitr")?.value.bool == true {
                context.add(
                    "Point-in-time recovery", quantity: PricingContext.gigabytes(stored), rate: "dynamodb/pitr-gb-month"
                )
            }
        }
        let replicas = Decimal((context.component.property("global-tables")?.value.list?.count ?? 1) - 1)
        if replicas > 0, let writes {
            context.assume("each write is replicated to \(Quantities.number(replicas)) other region(s)")
            context.add(
                "Replicated write units", quantity: writes * replicas, rate: "dynamodb/replicated-write-request-units")
        }
    }

    /// A table's size: `usage.storage` or `storage`; for a table written by key (`idempotent: true`), `items` ×
    /// `item-size`, since an upsert keeps one item a key however many writes reach it; else what flows in.
    static func tableBytes(_ context: inout PricingContext) -> Decimal? {
        guard context.component.property("idempotent")?.value.bool == true,
            context.usage("storage") == nil, context.property("storage") == nil
        else { return storedBytes(&context) }
        if let items = context.property("items"), let size = context.property("item-size") {
            context.assume(
                "\(Quantities.count(items)) items × \(Quantities.bytes(size)) = \(Quantities.bytes(items * size)) "
                    + "stored"
            )
            return items * size
        }
        context.addMissingFigure(
            "Storage", rate: "dynamodb/storage-gb-month",
            needs: "`usage: {storage: ...}` or `items` and `item-size`: a table written by key keeps one item a key, "
                + "so its size is not its inflow")
        return nil
    }

    static func redshift(_ context: inout PricingContext) {
        let type = context.text("node-type") ?? "ra3.xlplus"
        if context.text("node-type") == nil { context.assume("no node-type: priced as ra3.xlplus") }
        let nodes = context.property("nodes") ?? 2
        let reserved = context.text("pricing") == "reserved"
        var hours = context.hoursPerMonth
        if context.component.property("pause-resume")?.value.bool == true,
            let perDay = context.property("hours-per-day")
        {
            // Reserved nodes are billed every hour of the term, paused or not.
            if reserved {
                context.assume("reserved nodes are billed every hour, paused or not: hours-per-day is not counted")
            } else {
                hours = perDay * context.daysPerMonth
                context.assume(
                    "paused outside \(Quantities.number(perDay)) h a day × \(Quantities.number(context.daysPerMonth)) "
                        + "days = \(Quantities.number(hours)) h; managed storage is billed while paused")
            }
        }
        context.add(
            "Node hours (\(type)\(reserved ? ", reserved" : ""))", quantity: nodes * hours,
            rate: reserved ? "redshift/reserved-node-hour/\(type)" : "redshift/node-hour/\(type)")
        if type.hasPrefix("ra3"), let stored = storedBytes(&context) {
            context.add(
                "Managed storage", quantity: PricingContext.gigabytes(stored), rate: "redshift/managed-storage-gb-month"
            )
        }
    }

    static func redshiftServerless(_ context: inout PricingContext) {
        let rpu = context.property("base-rpu") ?? 128
        let hours = context.runningHours()
        context.assume("\(Quantities.number(rpu)) RPU for \(Quantities.number(hours)) h of query activity")
        context.add("RPU hours", quantity: rpu * hours, rate: "redshift-serverless/rpu-hour")
        if let stored = storedBytes(&context) {
            context.add(
                "Managed storage", quantity: PricingContext.gigabytes(stored),
                rate: "redshift-serverless/storage-gb-month")
        }
    }

    static func elasticache(_ context: inout PricingContext) {
        let type = context.text("node-type") ?? "cache.r6g.large"
        let nodes = context.property("nodes") ?? 1
        context.add(
            "Node hours (\(type))", quantity: nodes * context.hoursPerMonth, rate: "elasticache/node-hour/\(type)")
    }

    static func aurora(_ context: inout PricingContext) {
        let type = context.text("instance-class") ?? "db.r6g.large"
        let instances = context.property("instances") ?? 1
        context.add(
            "Instance hours (\(type))", quantity: instances * context.hoursPerMonth,
            rate: "aurora-postgresql/instance-hour/\(type)")
        if let stored = storedBytes(&context) {
            context.add(
                "Storage", quantity: PricingContext.gigabytes(stored), rate: "aurora-postgresql/storage-gb-month")
        }
        if let io = context.property("io") {
            context.add("I/O requests", quantity: io * context.secondsPerMonth, rate: "aurora-postgresql/io-requests")
        } else if context.component.property("io-optimized")?.value.bool != true {
            context.addMissingFigure(
                "I/O requests", rate: "aurora-postgresql/io-requests",
                needs: "`io` (e.g. 500/s): Aurora Standard bills every I/O request (`io-optimized: true` includes them)"
            )
        }
    }

    static func featureStore(_ context: inout PricingContext) {
        if let records = context.usage("writes") ?? context.recordsPerMonth() {
            let units = max(
                1, Quantities.ceiling(context.property("item-size") ?? context.recordSize ?? 1024, over: 1024))
            context.add("Write units", quantity: records * units, rate: "sagemaker-feature-store/write-units")
        }
        if let reads = context.usage("reads") {
            context.add("Read units", quantity: reads, rate: "sagemaker-feature-store/read-units")
        }
        if let stored = context.property("storage") {
            context.add(
                "Online storage", quantity: PricingContext.gigabytes(stored),
                rate: "sagemaker-feature-store/storage-gb-month")
        }
    }
}

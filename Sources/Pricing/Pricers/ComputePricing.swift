#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Model

/// DMS, Glue, DataBrew, EMR, EMR Serverless, Lambda, Flink, SageMaker and Fargate.
enum ComputePricing {
    static func price(_ context: inout PricingContext) -> Bool {
        switch context.component.type.name {
        case "dms": dms(&context)
        case "glue": glue(&context)
        case "databrew": databrew(&context)
        case "emr": emr(&context)
        case "emr-serverless": emrServerless(&context)
        case "lambda": lambda(&context)
        case "flink": flink(&context)
        case "sagemaker", "sagemaker-endpoint": sagemaker(&context)
        case "ecs-fargate": fargate(&context)
        default: return false
        }
        return true
    }

    static func dms(_ context: inout PricingContext) {
        let type = context.text("instance-class") ?? "dms.r5.large"
        if context.text("instance-class") == nil { context.assume("no instance-class: priced as dms.r5.large") }
        let multiAZ = context.component.property("multi-az")?.value.bool == true
        let migration = context.text("migration")
        if migration != "cdc", context.usage("hours") == nil {
            context.assume(
                "a \(migration ?? "full-load") migration is priced as a full month of a standing replication instance; "
                    + "give `usage: {hours: N}` for one that ends at cutover")
        }
        let hours = context.runningHours()
        context.add(
            "Replication instance hours (\(type)\(multiAZ ? ", Multi-AZ" : ""))", quantity: hours,
            rate: multiAZ ? "dms/multi-az-instance-hour/\(type)" : "dms/instance-hour/\(type)")
        if let storage = context.property("storage") {
            context.add(
                "Replication storage", quantity: PricingContext.gigabytes(storage), rate: "dms/storage-gb-month")
        }
    }

    /// DPUs per worker, from AWS Glue's worker types.
    static let dpusPerWorker: [String: Decimal] = ["G.025X": 0.25, "G.1X": 1, "G.2X": 2, "G.4X": 4, "G.8X": 8]

    static func glue(_ context: inout PricingContext) {
        let workerType = context.text("worker-type") ?? "G.1X"
        let workers = context.property("workers") ?? 10
        if context.property("workers") == nil { context.assume("no workers: priced as 10 (Glue's default)") }
        if context.component.property("auto-scaling")?.value.bool == true {
            let most = Quantities.number(workers)
            context.assume("auto scaling: a run uses at most \(most) workers; priced at all of them")
        }
        let dpus = workers * (dpusPerWorker[workerType] ?? 1)
        let hours: Decimal
        if context.text("job-type") == "streaming" {
            hours = context.usage("hours") ?? context.hoursPerMonth
            context.assume("a streaming job runs all month: \(Quantities.number(hours)) h")
        } else if let duration = context.runDuration(), let runs = context.runsPerMonth() {
            let billed = max(duration, 60)
            if duration < 60 { context.assume("each run is billed for Glue's 1-minute minimum") }
            hours = billed * runs / 3600
            context.assume(
                "\(Quantities.number(workers)) × \(workerType) = \(Quantities.number(dpus)) DPU; "
                    + "\(Quantities.duration(billed)) × \(Quantities.number(runs)) runs = \(Quantities.number(hours)) h"
            )
        } else {
            context.assume("no duration and schedule (or `usage: {hours: N}`): the job's DPU-hours cannot be derived")
            return
        }
        let flex = context.text("execution-class") == "flex"
        context.add(
            "DPU hours\(flex ? " (Flex)" : "")", quantity: dpus * hours,
            rate: flex ? "glue/flex-dpu-hour" : "glue/dpu-hour")
    }

    static func databrew(_ context: inout PricingContext) {
        let nodes = context.property("nodes") ?? 5
        if context.property("nodes") == nil { context.assume("no nodes: priced as 5 (DataBrew's default)") }
        let hours = context.runningHours()
        context.add("Node hours", quantity: nodes * hours, rate: "databrew/node-hour")
    }

    static func emr(_ context: inout PricingContext) {
        let type = context.text("instance-type") ?? "m5.xlarge"
        if context.text("instance-type") == nil { context.assume("no instance-type: priced as m5.xlarge") }
        let instances = context.property("instances") ?? 3
        if context.property("instances") == nil { context.assume("no instances: priced as 3") }
        var clusterHours = context.runningHours()
        if context.property("hours-per-day") == nil, context.usage("hours") == nil,
            context.property("duration") != nil || context.property("throughput") != nil,
            let idle = context.property("auto-termination"), let runs = context.runsPerMonth()
        {
            let idleHours = idle * runs / 3600
            context.assume(
                "the cluster idles \(Quantities.duration(idle)) after each run until auto-termination: + "
                    + "\(Quantities.number(idleHours)) h"
            )
            clusterHours += idleHours
        }
        let hours = clusterHours * instances
        let spot = context.text("purchase") == "spot"
        context.add(
            "EC2 instance hours (\(type), \(spot ? "Spot" : "On-Demand"))", quantity: hours,
            rate: "emr/ec2-hour/\(type)")
        if spot, let discount = context.property("spot-discount") {
            context.assume(
                "Spot saves \(Quantities.number(discount)) of the On-Demand EC2 price, as the design states "
                    + "(spot-discount); Spot prices vary by hour and zone"
            )
            context.addDiscount(
                "Spot saving on EC2", on: context.lastAmount, fraction: discount, origin: "spot-discount")
        } else if spot {
            context.assume(
                "Spot saves the table's emr/spot-discount share of the On-Demand EC2 price; Spot prices vary by hour "
                    + "and zone"
            )
            context.addDiscount("Spot saving on EC2", on: context.lastAmount, rate: "emr/spot-discount")
        }
        context.add("EMR charge (\(type))", quantity: hours, rate: "emr/uplift-hour/\(type)")
    }

    static func emrServerless(_ context: inout PricingContext) {
        let hours = context.runningHours()
        let vcpu = context.property("vcpu") ?? 4
        let memory = PricingContext.gigabytes(context.property("memory") ?? 16 * PricingContext.gibibyte)
        if context.property("vcpu") == nil || context.property("memory") == nil {
            context.assume("vCPU and memory not both given: priced as 4 vCPU and 16 GB")
        }
        context.add("vCPU hours", quantity: vcpu * hours, rate: "emr-serverless/vcpu-hour")
        context.add("Memory GB hours", quantity: memory * hours, rate: "emr-serverless/gb-hour")
    }

    static func lambda(_ context: inout PricingContext) {
        let invocations: Decimal
        if let requests = context.usage("requests") {
            invocations = requests
        } else if let records = context.recordsPerMonth() {
            let batch = context.property("batch-size") ?? 1
            invocations = Quantities.ceiling(records, over: batch)
            context.assume(
                "invocations = records ÷ batch-size \(Quantities.number(batch)) = \(Quantities.count(invocations))")
        } else {
            context.assume("no inbound rate and no `usage: {requests: N}`: invocations cannot be derived")
            return
        }
        context.add("Requests", quantity: invocations, rate: "lambda/requests")
        guard let duration = context.property("duration") else {
            context.assume("no duration: compute (GB-seconds) cannot be derived")
            return
        }
        let memory = lambdaGigabytes(context.property("memory") ?? 128 * 1_048_576)
        let architecture = context.text("architecture") ?? "x86_64"
        let gbSeconds = invocations * duration * memory
        context.assume(
            "GB-seconds = \(Quantities.count(invocations)) invocations × \(Quantities.duration(duration)) × "
                + "\(Quantities.number(memory)) GB = \(Quantities.count(gbSeconds))"
        )
        context.add("Compute (\(architecture))", quantity: gbSeconds, rate: "lambda/gb-second/\(architecture)")
    }

    /// Lambda's memory setting in its billing GB (1,024 MB): "1024MB" and "1GiB" are both 1 GB.
    static func lambdaGigabytes(_ bytes: Decimal) -> Decimal {
        let mebibytes = bytes * perMebibyte
        let megabytes = mebibytes.isWhole ? mebibytes : bytes.shifted(by: -6)
        return megabytes * perKibi
    }

    /// 2^-20 and 2^-10, exact in 20 and 10 digits: multiplying by them costs a fraction of dividing.
    static let perMebibyte = Decimal(string: "0.00000095367431640625")!
    static let perKibi = Decimal(string: "0.0009765625")!

    static func flink(_ context: inout PricingContext) {
        let kpu = context.property("kpu") ?? 1
        let hours = context.hoursPerMonth
        context.assume("\(Quantities.number(kpu)) KPU plus 1 KPU for orchestration, running all month")
        context.add("KPU hours", quantity: (kpu + 1) * hours, rate: "flink/kpu-hour")
        context.assume("running storage: 50 GB per KPU")
        context.add("Running application storage", quantity: kpu * 50, rate: "flink/running-storage-gb-month")
    }

    static func sagemaker(_ context: inout PricingContext) {
        let type = context.text("instance-type") ?? "ml.m5.xlarge"
        if context.text("instance-type") == nil { context.assume("no instance-type: priced as ml.m5.xlarge") }
        let instances = context.property("instances") ?? 1
        let hours = context.runningHours()
        context.add("Instance hours (\(type))", quantity: instances * hours, rate: "sagemaker/instance-hour/\(type)")
    }

    static func fargate(_ context: inout PricingContext) {
        let tasks = context.property("tasks") ?? 1
        let vcpu = context.property("vcpu") ?? 1
        let memory = PricingContext.gigabytes(context.property("memory") ?? 2 * PricingContext.gibibyte)
        let architecture = context.text("architecture") ?? "x86_64"
        let hours = context.runningHours() * tasks
        context.add(
            "vCPU hours (\(architecture))", quantity: vcpu * hours, rate: "ecs-fargate/vcpu-hour/\(architecture)")
        context.add(
            "Memory GB hours (\(architecture))", quantity: memory * hours, rate: "ecs-fargate/gb-hour/\(architecture)")
    }
}

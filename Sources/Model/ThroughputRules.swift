import Foundation

/// How throughput combines at a component and travels along a flow.
///
/// A producer emits what its `emits` says, a database what its `change-rate` says; every other
/// component passes on what reaches it. A flow's own figures win over what it would carry.
enum ThroughputRules {
    /// What reaches a component: the sum of its incoming flows.
    static func combine(_ flows: [Throughput], into name: String) -> Throughput {
        let known = flows.filter { !$0.isUnknown }
        guard !known.isEmpty else { return .unknown }
        if known.count == 1 {
            let only = known[0]
            return Throughput(rate: only.rate.map { Figure($0.value, derived: true, basis: $0.basis) },
                              volume: only.volume.map { Figure($0.value, derived: true, basis: $0.basis) },
                              recordSize: only.recordSize)
        }
        let basis = "sum of the flows into \(name)"
        let rates = known.compactMap(\.rate)
        let volumes = known.compactMap(\.volume)
        let rate = rates.isEmpty ? nil : Figure(rates.reduce(0) { $0 + $1.value }, derived: true, basis: basis)
        let volume = volumes.isEmpty ? nil : Figure(volumes.reduce(0) { $0 + $1.value }, derived: true, basis: basis)
        var recordSize: Figure?
        if let rate, let volume, rates.count == known.count, volumes.count == known.count, rate.value > 0 {
            // Flows of one record size average to that size, exactly and without a division.
            let sizes = known.compactMap(\.recordSize?.value)
            let commonSize = sizes.count == known.count && sizes.allSatisfy { $0 == sizes[0] } ? sizes[0] : nil
            recordSize = Figure(commonSize ?? volume.value / rate.value, derived: true, basis: "average record size into \(name)")
        }
        return Throughput(rate: rate, volume: volume, recordSize: recordSize)
    }

    /// What a component sends on: its own emissions when it is a producer or database, else what it receives.
    static func output(of component: Component, receiving inbound: Throughput) -> Throughput {
        if let rate = component.property("emits.rate")?.value.decimal {
            let emitted = "\(component.name)'s emits"
            let size = component.property("emits.record-size")?.value.decimal
            return Throughput(
                rate: Figure(rate, derived: true, basis: emitted),
                volume: size.map { Figure(rate * $0, derived: true, basis: "\(emitted): rate × record-size") },
                recordSize: size.map { Figure($0, derived: true, basis: emitted) }
            )
        }
        if component.type.role == .database, let changeRate = component.properties["change-rate"]?.value.decimal {
            return Throughput(volume: Figure(changeRate, derived: true, basis: "\(component.name)'s change-rate"))
        }
        guard !inbound.isUnknown else { return .unknown }
        let through = "passed on by \(component.name) (\(inbound.rate?.basis ?? inbound.volume?.basis ?? ""))"
        return Throughput(rate: inbound.rate.map { Figure($0.value, derived: true, basis: through) },
                          volume: inbound.volume.map { Figure($0.value, derived: true, basis: through) },
                          recordSize: inbound.recordSize)
    }

    /// What a flow carries: its declared figures, completed from one another, else what its source sends.
    static func carried(_ leaving: Throughput, along flow: Flow) -> Throughput {
        let declaredRate = flow.properties["rate"]?.value.decimal
        let declaredVolume = flow.properties["volume"]?.value.decimal
        let declaredSize = flow.properties["record-size"]?.value.decimal
        let onFlow = "declared on the flow"
        let recordSize = declaredSize.map { Figure($0, derived: false, basis: onFlow) } ?? leaving.recordSize

        switch (declaredRate, declaredVolume) {
        case (nil, nil):
            var result = leaving
            result.recordSize = recordSize
            if declaredSize != nil, let rate = leaving.rate, let size = recordSize {
                result.volume = Figure(rate.value * size.value, derived: true, basis: "rate × record-size on \(flow.label)")
            }
            return result
        case (let rate?, nil):
            return Throughput(
                rate: Figure(rate, derived: false, basis: onFlow),
                volume: recordSize.map { Figure(rate * $0.value, derived: true, basis: "rate × record-size on \(flow.label)") },
                recordSize: recordSize
            )
        case (nil, let volume?):
            var rate: Figure?
            if let size = recordSize, size.value > 0 {
                rate = Figure(volume / size.value, derived: true, basis: "volume ÷ record-size on \(flow.label)")
            }
            return Throughput(rate: rate, volume: Figure(volume, derived: false, basis: onFlow), recordSize: recordSize)
        case (let rate?, let volume?):
            return Throughput(rate: Figure(rate, derived: false, basis: onFlow),
                              volume: Figure(volume, derived: false, basis: onFlow),
                              recordSize: recordSize)
        }
    }
}

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
            return Throughput(rate: only.rate.map { Figure($0.value, derived: true, origin: $0.origin) },
                              volume: only.volume.map { Figure($0.value, derived: true, origin: $0.origin) },
                              recordSize: only.recordSize)
        }
        let sum = FigureOrigin.sumInto(component: name)
        let rates = known.compactMap(\.rate)
        let volumes = known.compactMap(\.volume)
        let rate = rates.isEmpty ? nil : Figure(rates.lazy.map(\.value).sum(), derived: true, origin: sum)
        let volume = volumes.isEmpty ? nil : Figure(volumes.lazy.map(\.value).sum(), derived: true, origin: sum)
        var recordSize: Figure?
        if let rate, let volume, rates.count == known.count, volumes.count == known.count, rate.value > 0 {
            // Flows of one record size average to that size, exactly and without a division.
            let sizes = known.compactMap(\.recordSize?.value)
            let commonSize = sizes.count == known.count && sizes.allSatisfy { $0 == sizes[0] } ? sizes[0] : nil
            recordSize = Figure(commonSize ?? volume.value / rate.value, derived: true, origin: .averageSizeInto(component: name))
        }
        return Throughput(rate: rate, volume: volume, recordSize: recordSize)
    }

    /// What a component sends on: its own emissions when it is a producer or database, else what it receives.
    static func output(of component: Component, receiving inbound: Throughput) -> Throughput {
        if let rate = component.stated.rate {
            let size = component.stated.recordSize
            return Throughput(
                rate: Figure(rate, derived: true, origin: .emits(component: component.name)),
                volume: size.map { Figure(rate.times($0), derived: true, origin: .emittedVolume(component: component.name)) },
                recordSize: size.map { Figure($0, derived: true, origin: .emits(component: component.name)) }
            )
        }
        if let changeRate = component.stated.volume {
            return Throughput(volume: Figure(changeRate, derived: true, origin: .changeRate(component: component.name)))
        }
        guard !inbound.isUnknown else { return .unknown }
        let through = FigureOrigin.passedOn(by: component.name, upstream: inbound.rate?.origin ?? inbound.volume?.origin)
        return Throughput(rate: inbound.rate.map { Figure($0.value, derived: true, origin: through) },
                          volume: inbound.volume.map { Figure($0.value, derived: true, origin: through) },
                          recordSize: inbound.recordSize)
    }

    /// What a flow carries: its declared figures, completed from one another, else what its source sends.
    /// `stated` is the flow's own figures, `from` and `to` its ends' names.
    static func carried(_ leaving: Throughput, stated: StatedFigures, from: String, to: String) -> Throughput {
        let declaredRate = stated.rate
        let declaredVolume = stated.volume
        let declaredSize = stated.recordSize
        let onFlow = FigureOrigin.declaredOnFlow
        let recordSize = declaredSize.map { Figure($0, derived: false, origin: onFlow) } ?? leaving.recordSize

        switch (declaredRate, declaredVolume) {
        case (nil, nil):
            var result = leaving
            result.recordSize = recordSize
            if declaredSize != nil, let rate = leaving.rate, let size = recordSize {
                result.volume = Figure(rate.value.times(size.value), derived: true, origin: .rateTimesSize(from: from, to: to))
            }
            return result
        case (let rate?, nil):
            return Throughput(
                rate: Figure(rate, derived: false, origin: onFlow),
                volume: recordSize.map { Figure(rate.times($0.value), derived: true, origin: .rateTimesSize(from: from, to: to)) },
                recordSize: recordSize
            )
        case (nil, let volume?):
            var rate: Figure?
            if let size = recordSize, size.value > 0 {
                rate = Figure(volume / size.value, derived: true, origin: .volumeOverSize(from: from, to: to))
            }
            return Throughput(rate: rate, volume: Figure(volume, derived: false, origin: onFlow), recordSize: recordSize)
        case (let rate?, let volume?):
            return Throughput(rate: Figure(rate, derived: false, origin: onFlow),
                              volume: Figure(volume, derived: false, origin: onFlow),
                              recordSize: recordSize)
        }
    }
}

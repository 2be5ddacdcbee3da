#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// How throughput combines at a component and travels along a flow.
///
/// A producer emits what its `emits` says, a database what its `change-rate` says; every other
/// component passes on what reaches it. A flow's own figures win over what it would carry.
enum ThroughputRules {
    /// What reaches a component: the sum of what its incoming flows (`flows`, indices into
    /// `carried`) carry. One pass, in the flows' order, with no list made on the way: the graph
    /// asks it of every component.
    static func combine(_ flows: ArraySlice<Int>, of carried: [Throughput], into component: Int) -> Throughput {
        var known = 0, rates = 0, volumes = 0, sizes = 0
        var first: Int?
        var rateSum = Decimal.zero, volumeSum = Decimal.zero
        var commonSize: Decimal?, sizesAgree = true
        for index in flows {
            let throughput = carried[index]
            guard !throughput.isUnknown else { continue }
            known += 1
            if first == nil { first = index }
            if let rate = throughput.rate {
                rateSum = rates == 0 ? rate.value : rateSum + rate.value
                rates += 1
            }
            if let volume = throughput.volume {
                volumeSum = volumes == 0 ? volume.value : volumeSum + volume.value
                volumes += 1
            }
            if let size = throughput.recordSize?.value {
                if sizes == 0 { commonSize = size } else if let commonSize, size != commonSize { sizesAgree = false }
                sizes += 1
            }
        }
        guard let first else { return .unknown }
        if known == 1 {
            let only = carried[first]
            return Throughput(
                rate: only.rate.map { Figure($0.value, derived: true, origin: $0.origin) },
                volume: only.volume.map { Figure($0.value, derived: true, origin: $0.origin) },
                recordSize: only.recordSize)
        }
        let sum = FigureOrigin.sumInto(component: component)
        let rate = rates == 0 ? nil : Figure(rateSum, derived: true, origin: sum)
        let volume = volumes == 0 ? nil : Figure(volumeSum, derived: true, origin: sum)
        var recordSize: Figure?
        if let rate, let volume, rates == known, volumes == known, rate.value.isPositive {
            // Flows of one record size average to that size, exactly and without a division.
            let size = sizes == known && sizesAgree ? commonSize : nil
            recordSize = Figure(
                size ?? volume.value / rate.value, derived: true, origin: .averageSizeInto(component: component))
        }
        return Throughput(rate: rate, volume: volume, recordSize: recordSize)
    }

    /// What a component (`index` in the design) sends on: its own emissions when it is a producer
    /// or database, else what it receives.
    static func output(of component: Component, at index: Int, receiving inbound: Throughput) -> Throughput {
        if let rate = component.stated.rate {
            let size = component.stated.recordSize
            return Throughput(
                rate: Figure(rate, derived: true, origin: .emits(component: index)),
                volume: size.map { Figure(rate * $0, derived: true, origin: .emittedVolume(component: index)) },
                recordSize: size.map { Figure($0, derived: true, origin: .emits(component: index)) }
            )
        }
        if let changeRate = component.stated.volume {
            return Throughput(volume: Figure(changeRate, derived: true, origin: .changeRate(component: index)))
        }
        guard !inbound.isUnknown else { return .unknown }
        let through = FigureOrigin.passedOn(by: index)
        return Throughput(
            rate: inbound.rate.map { Figure($0.value, derived: true, origin: through) },
            volume: inbound.volume.map { Figure($0.value, derived: true, origin: through) },
            recordSize: inbound.recordSize)
    }

    /// What a flow carries: its declared figures, completed from one another, else what its source sends.
    /// `stated` is the flow's own figures, `flow` its index in the design.
    static func carried(_ leaving: Throughput, stated: StatedFigures, flow: Int) -> Throughput {
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
                result.volume = Figure(rate.value * size.value, derived: true, origin: .rateTimesSize(flow: flow))
            }
            return result
        case (let rate?, nil):
            return Throughput(
                rate: Figure(rate, derived: false, origin: onFlow),
                volume: recordSize.map { Figure(rate * $0.value, derived: true, origin: .rateTimesSize(flow: flow)) },
                recordSize: recordSize
            )
        case (nil, let volume?):
            var rate: Figure?
            if let size = recordSize, size.value.isPositive {
                rate = Figure(volume / size.value, derived: true, origin: .volumeOverSize(flow: flow))
            }
            return Throughput(
                rate: rate, volume: Figure(volume, derived: false, origin: onFlow), recordSize: recordSize)
        case (let rate?, let volume?):
            return Throughput(
                rate: Figure(rate, derived: false, origin: onFlow),
                volume: Figure(volume, derived: false, origin: onFlow),
                recordSize: recordSize)
        }
    }
}

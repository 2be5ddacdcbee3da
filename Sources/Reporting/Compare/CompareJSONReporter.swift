#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Diagnostics
import Pricing

/// The comparison for scripts: each variant's components, total, saving against the cheapest and
/// finding counts; the cheapest by name; the sweep's points and break-even values. Money is a
/// decimal string to the cent.
public enum CompareJSONReporter {
    public static func report(_ comparison: Comparison, options: ReportOptions) -> String {
        let cheapest = comparison.cheapest
        let variants = comparison.variants.enumerated().map { index, variant -> JSONValue in
            .object([
                ("name", .string(variant.name)),
                ("description", .optional(variant.description)),
                ("path", .string(RelativePath.of(variant.path, in: options.workingDirectory))),
                ("design", .string(variant.estimate.design)),
                ("monthly_total", .string(CostFormat.money(variant.total))),
                ("complete", .bool(variant.isComplete)),
                ("rankable", .bool(comparison.isRankable(index))),
                ("missing_rates", .int(variant.estimate.missingRates)),
                ("cheapest", .bool(index == cheapest)),
                (
                    "saving_against",
                    comparison.saving(against: index).map { saving in
                        .object([
                            ("amount", .string(CostFormat.money(saving.amount))),
                            ("percent", .optional(saving.percent.map { $0.plainText(scale: 1) })),
                        ])
                    } ?? .null
                ),
                (
                    "components",
                    .array(
                        variant.estimate.components.map { component in
                            .object([
                                ("component", .string(component.component)),
                                ("type", .string(component.type)),
                                ("monthly", .string(CostFormat.money(component.monthly))),
                                ("complete", .bool(!component.hasMissingRates)),
                            ])
                        })
                ),
                (
                    "findings",
                    .object([Severity.error, .warning, .info].map { ($0.rawValue, .int(variant.count($0))) })
                ),
            ])
        }
        var fields: [(String, JSONValue)] = [
            ("version", .int(1)),
            ("variants", .array(variants)),
            ("cheapest", .optional(cheapest.map { comparison.variants[$0].name })),
        ]
        if let sweep = comparison.sweep { fields.append(("sweep", self.sweep(sweep, comparison))) }
        fields.append(("errors", .array(comparison.errors.map(JSONCheckReporter.diagnostic))))
        return JSONValue.object(fields).serialized()
    }

    static func sweep(_ sweep: SweepResult, _ comparison: Comparison) -> JSONValue {
        let names = comparison.variants.map(\.name)
        return .object([
            ("path", .string(sweep.path)),
            ("unit", .string(sweep.unit)),
            (
                "points",
                .array(
                    sweep.points.map { point in
                        .object([
                            ("value", .string(CompareFormat.figure(point.value))),
                            (
                                "totals",
                                .object(
                                    zip(names, point.totals).map {
                                        ($0, $1.map { .string(CostFormat.money($0)) } ?? .null)
                                    })
                            ),
                            ("cheapest", .optional(point.cheapest.map { names[$0] })),
                        ])
                    })
            ),
            (
                "break_evens",
                .array(
                    sweep.breakEvens.map { point in
                        .object([
                            ("value", .string(CompareFormat.figure(point.value))),
                            ("cheapest_below", .string(names[point.below])),
                            ("cheapest_above", .string(names[point.above])),
                            ("monthly_total", .string(CostFormat.money(point.total))),
                        ])
                    })
            ),
            ("unaffected", .array(sweep.unaffected.map(JSONValue.string))),
        ])
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Model

/// A sweep as an SVG line chart drawn by Dataplan: monthly cost against the swept figure, one line
/// per variant (broken where a variant is not priced in full), labelled axes with units, a legend,
/// and each break-even value marked. Plain SVG 1.1 with no scripts or external references, so it
/// shows the same in a browser, in print and through rsvg-convert.
public enum SweepChart {
    static let width: Decimal = 800
    static let height: Decimal = 460
    static let left: Decimal = 90
    static let right: Decimal = 200
    static let top: Decimal = 50
    static let bottom: Decimal = 70
    static let palette = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf"]

    public static func render(_ comparison: Comparison) -> String {
        guard let sweep = comparison.sweep, let first = sweep.points.first, let last = sweep.points.last else {
            return ""
        }
        let plotWidth = width - left - right
        let plotHeight = height - top - bottom
        let yMax = niceCeiling(sweep.points.flatMap { $0.totals.compactMap { $0 } }.max() ?? 1)
        let xRange = last.value - first.value
        func x(_ value: Decimal) -> Decimal { left + (xRange == 0 ? 0 : (value - first.value) / xRange * plotWidth) }
        func y(_ total: Decimal) -> Decimal { top + plotHeight - total / yMax * plotHeight }

        let title = XMLText.escape("Monthly cost against \(sweep.path)")
        var svg = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(n(width))" height="\(n(height))" \
            viewBox="0 0 \(n(width)) \(n(height))" font-family="Helvetica, Arial, sans-serif" font-size="12">
            <title>\(title)</title>
            <rect width="100%" height="100%" fill="#ffffff"/>
            <text class="title" x="\(n(left))" y="28" font-size="15" font-weight="bold">\(title)</text>

            """
        svg += "<g class=\"grid\" stroke=\"#dddddd\" stroke-width=\"1\">\n"
        let yStep = niceStep(yMax)
        var tick: Decimal = 0
        var yTicks = ""
        while tick <= yMax {
            svg += "<line x1=\"\(n(left))\" y1=\"\(n(y(tick)))\" x2=\"\(n(left + plotWidth))\" y2=\"\(n(y(tick)))\"/>\n"
            yTicks +=
                "<text x=\"\(n(left - 8))\" y=\"\(n(y(tick) + 4))\" "
                + "text-anchor=\"end\">\(CompareFormat.figure(tick))</text>\n"
            tick += yStep
        }
        svg += "</g>\n<g class=\"ticks\" fill=\"#333333\">\n" + yTicks
        let xStep = niceStep(xRange == 0 ? 1 : xRange)
        var xTick = (first.value / xStep).rounded(0, .up) * xStep
        while xTick <= last.value {
            svg +=
                "<text x=\"\(n(x(xTick)))\" y=\"\(n(top + plotHeight + 18))\" "
                + "text-anchor=\"middle\">\(CompareFormat.figure(xTick))</text>\n"
            xTick += xStep
        }
        svg += "</g>\n"
        svg += "<g class=\"axes\" stroke=\"#333333\" stroke-width=\"1.5\">\n"
        svg +=
            "<line x1=\"\(n(left))\" y1=\"\(n(top + plotHeight))\" x2=\"\(n(left + plotWidth))\" "
            + "y2=\"\(n(top + plotHeight))\"/>\n"
        svg += "<line x1=\"\(n(left))\" y1=\"\(n(top))\" x2=\"\(n(left))\" y2=\"\(n(top + plotHeight))\"/>\n</g>\n"
        svg +=
            "<text class=\"axis-label x\" x=\"\(n(left + plotWidth / 2))\" y=\"\(n(height - 22))\" "
            + "text-anchor=\"middle\">\(XMLText.escape(sweep.axisLabel))</text>\n"
        svg +=
            "<text class=\"axis-label y\" x=\"24\" y=\"\(n(top + plotHeight / 2))\" text-anchor=\"middle\" "
            + "transform=\"rotate(-90 24 \(n(top + plotHeight / 2)))\">monthly cost (USD)</text>\n"

        for (index, variant) in comparison.variants.enumerated() {
            let colour = palette[index % palette.count]
            var commands: [String] = []
            var drawing = false
            for point in sweep.points {
                guard let total = point.totals[index] else {
                    drawing = false
                    continue
                }
                commands.append("\(drawing ? "L" : "M")\(n(x(point.value))) \(n(y(total)))")
                drawing = true
            }
            svg +=
                "<path class=\"variant\" data-variant=\"\(XMLText.escape(variant.name))\" "
                + "d=\"\(commands.joined(separator: " "))\" fill=\"none\" stroke=\"\(colour)\" "
                + "stroke-width=\"2.5\"/>\n"
            let legendY = top + Decimal(index) * 22
            svg +=
                "<g class=\"legend\"><line x1=\"\(n(width - right + 20))\" y1=\"\(n(legendY + 8))\" "
                + "x2=\"\(n(width - right + 44))\" y2=\"\(n(legendY + 8))\" stroke=\"\(colour)\" "
                + "stroke-width=\"2.5\"/>"
            let label = XMLText.escape(variant.name + (variant.isComplete ? "" : " (lower bound)"))
            svg += "<text x=\"\(n(width - right + 50))\" y=\"\(n(legendY + 12))\">\(label)</text></g>\n"
        }
        for (index, point) in sweep.breakEvens.enumerated() {
            let px = x(point.value)
            let label = "break-even \(CompareFormat.figure(point.value))\(sweep.unit.isEmpty ? "" : " " + sweep.unit)"
            svg +=
                "<g class=\"break-even\"><line x1=\"\(n(px))\" y1=\"\(n(top))\" x2=\"\(n(px))\" "
                + "y2=\"\(n(top + plotHeight))\" stroke=\"#555555\" stroke-dasharray=\"4 3\"/>"
            svg +=
                "<circle cx=\"\(n(px))\" cy=\"\(n(y(point.total)))\" r=\"5\" fill=\"#ffffff\" stroke=\"#000000\" "
                + "stroke-width=\"2\"/>"
            svg +=
                "<text x=\"\(n(px + 6))\" "
                + "y=\"\(n(top + 14 + Decimal(index) * 14))\">\(XMLText.escape(label))</text></g>\n"
        }
        return svg + "</svg>\n"
    }

    /// A coordinate to one decimal.
    static func n(_ value: Decimal) -> String { value.rounded(1).plainText(scale: 1) }

    /// A round step (1, 2 or 5 × a power of ten) giving about five ticks across `range`.
    static func niceStep(_ range: Decimal) -> Decimal {
        guard range > 0 else { return 1 }
        let raw = range / 5
        var magnitude: Decimal = 1
        while magnitude * 10 <= raw { magnitude *= 10 }
        while magnitude > raw { magnitude /= 10 }
        for factor: Decimal in [1, 2, 5, 10] where magnitude * factor >= raw { return magnitude * factor }
        return magnitude * 10
    }

    /// The smallest multiple of the nice step at or above `value`, so the top line is labelled.
    static func niceCeiling(_ value: Decimal) -> Decimal {
        guard value > 0 else { return 1 }
        let step = niceStep(value)
        return (value / step).rounded(0, .up) * step
    }
}

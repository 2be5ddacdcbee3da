#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Analysis
import Diagnostics
import Model
import Pricing

/// One design as a reviewer reads it: its findings, its graph, its estimate and, when it has alternatives,
/// their comparison.
public struct ReviewedDesign: Sendable {
    public let file: FileReport
    public let graph: DesignGraph
    public let estimate: DesignEstimate
    /// The budget the estimate is held to, when one applies.
    public let budget: Money?
    public let comparison: Comparison?

    public init(
        file: FileReport, graph: DesignGraph, estimate: DesignEstimate, budget: Money?, comparison: Comparison?
    ) {
        self.file = file
        self.graph = graph
        self.estimate = estimate
        self.budget = budget
        self.comparison = comparison
    }
}

/// `dataplan report`: one self-contained HTML page a reviewer opens offline, no scripts, fonts or images
/// from elsewhere. For each design: a header with the total against the budget and the findings by
/// severity, the diagram (each box coloured by its worst finding, labelled with its cost and linked to its
/// section), each component's findings with their fix and source lines and its cost line by line with
/// rates, sources and assumptions, the comparison of its alternatives, and the rules cited.
public enum HTMLReview {
    public static func render(_ designs: [ReviewedDesign]) -> String {
        let title = designs.count == 1 ? designs[0].graph.design.name : "\(designs.count) designs"
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="dataplan">
            <title>Dataplan review: \(escape(title))</title>
            <style>\(style)</style>
            </head>
            <body>
            <main>

            """
        for design in designs { html += section(design) }
        html += "</main>\n</body>\n</html>\n"
        return html
    }

    static func section(_ review: ReviewedDesign) -> String {
        let design = review.graph.design
        let prefix = "d-" + anchor(design.name)
        let active = review.file.findings.filter(\.isActive)
        var html = "<article class=\"design\" id=\"\(prefix)\">\n<header>\n"
        html += "<h1>\(escape(design.name))</h1>\n"
        var meta = [review.file.path, design.region, count(design.components.count, "component")]
        meta.append(count(review.graph.ends.count, "flow"))
        html += "<p class=\"meta\">\(meta.map(escape).joined(separator: " · "))</p>\n"
        if let description = design.description { html += "<p>\(escape(description))</p>\n" }
        html += "<div class=\"totals\">\n"
        html += "<p><span class=\"label\">Monthly estimate</span> <b>\(money(review.estimate))</b></p>\n"
        if let budget = review.budget {
            let verdict: String
            if review.estimate.monthlyTotal > budget.amount {
                verdict = "over by $\(CostFormat.money(review.estimate.monthlyTotal - budget.amount))"
            } else if review.estimate.missingRates > 0 {
                verdict = "cannot tell: \(count(review.estimate.missingRates, "line")) unpriced"
            } else {
                verdict = "within"
            }
            html +=
                "<p><span class=\"label\">Budget</span> $\(CostFormat.money(budget.amount)): \(escape(verdict))</p>\n"
        }
        let counts = Severity.allCases.reversed().map { severity in
            let number = active.filter { $0.severity == severity }.count
            return "<span class=\"\(severity.rawValue)\">\(count(number, noun(severity)))</span>"
        }
        let suppressed = review.file.findings.count - active.count
        html += "<p><span class=\"label\">Findings</span> \(counts.joined(separator: ", "))"
        html += suppressed > 0 ? " <small>(\(suppressed) suppressed or baselined)</small>" : ""
        html += "</p>\n</div>\n</header>\n"

        let labels = DiagramInput.costLabels(review.estimate, graph: review.graph)
        let input = DiagramInput(graph: review.graph, findings: review.file.findings, monthlyCost: labels)
        html += diagram(input, linkPrefix: prefix + "-c-")
        html +=
            "<figcaption>Each box is coloured by its worst open finding and links to its section below.</figcaption>\n"
        html += "</figure>\n"

        html += "<h2>Components</h2>\n"
        for (index, component) in design.components.enumerated() {
            html += componentSection(
                review, index, component, active: active, id: "\(prefix)-c-\(anchor(component.name))")
        }
        let designWide = active.filter { $0.component == nil && $0.flow == nil }
        let onFlows = active.filter { $0.component == nil && $0.flow != nil }
        if !onFlows.isEmpty {
            html += "<h2>Flows</h2>\n" + onFlows.map { finding($0, review.file) }.joined()
        }
        if !designWide.isEmpty {
            html += "<h2>The design as a whole</h2>\n" + designWide.map { finding($0, review.file) }.joined()
        }
        if let comparison = review.comparison, comparison.variants.count > 1 {
            html += alternatives(comparison)
        }
        html += rulesCited(active, prefix: prefix)
        html += "</article>\n"
        return html
    }

    /// The diagram inline, each box under a transparent link to its component's section: links over the SVG
    /// rather than in it, so that the page is plain HTML any checker reads.
    static func diagram(_ input: DiagramInput, linkPrefix: String) -> String {
        let drawing = SVGDiagram.Drawing(input)
        let lines = SVGDiagram.render(input, drawing: drawing).split(separator: "\n", omittingEmptySubsequences: false)
        // Inline SVG takes no XML declaration, and its style and font come from the page's.
        let svg = lines.dropFirst().filter { !$0.hasPrefix("  <style>") }.joined(separator: "\n")
            .replacing(" font-family=\"Helvetica, Arial, sans-serif\"", with: "")
        let width = SVGDiagram.n(max(drawing.width, 560))
        var html = "<figure class=\"diagram\">\n<div class=\"canvas\" style=\"width:\(width)px\">\n\(svg)"
        for (index, rect) in drawing.boxes.sorted(by: { $0.key < $1.key }) {
            let name = input.graph.component(index).name
            html += "<a class=\"node\" href=\"#\(linkPrefix)\(anchor(name))\" title=\"\(escape(name))\" "
            html += "style=\"left:\(SVGDiagram.n(rect.x))px;top:\(SVGDiagram.n(rect.y))px;"
            html += "width:\(SVGDiagram.n(rect.width))px;height:\(SVGDiagram.n(rect.height))px\"></a>\n"
        }
        html += "</div>\n"
        return html
    }

    static func componentSection(
        _ review: ReviewedDesign, _ index: Int, _ component: Component, active: [Finding], id: String
    ) -> String {
        let priced = review.estimate.components.first { $0.component == component.name }
        let unpriced = review.estimate.unpriced.first { $0.component == component.name }
        let findings = active.filter { $0.component == component.name }
        let worst = findings.map(\.severity).max()?.rawValue ?? "clean"
        var html = "<section class=\"component \(worst)\" id=\"\(id)\">\n"
        html += "<h3>\(escape(component.name)) <small>\(escape(component.type.title))</small>"
        html += " <span class=\"cost\">\(priced.map { "$" + CostFormat.monthly($0) } ?? escape(unpriced?.reason ?? ""))"
        html += "</span></h3>\n"
        if let description = component.properties["description"]?.value.string {
            html += "<p>\(escape(description))</p>\n"
        }
        html += findings.map { finding($0, review.file) }.joined()
        if let priced {
            html += "<table class=\"cost\">\n<thead><tr><th>Line</th><th>Quantity</th><th>Unit price</th>"
            html += "<th>Monthly</th><th>Rate</th></tr></thead>\n<tbody>\n"
            for item in priced.lineItems {
                let quantity = "\(CostFormat.quantity(item.quantity)) \(item.unit)"
                let price = item.unitPriceText ?? item.unitPrice.map { "\($0)" } ?? "missing"
                let monthly = item.monthly.map { "$" + CostFormat.money($0) } ?? "unpriced"
                var rate = escape(item.rate)
                if let source = item.source { rate = "<a href=\"\(escape(source))\">\(rate)</a>" }
                if let missing = item.missing { rate += "<br><em>\(escape(missing))</em>" }
                if let read = item.read { rate += "<br><small>read \(escape(read))</small>" }
                html += "<tr><td>\(escape(item.description))</td><td class=\"number\">\(escape(quantity))</td>"
                html +=
                    "<td class=\"number\">\(escape(price))</td><td "
                    + "class=\"number\">\(monthly)</td><td>\(rate)</td></tr>\n"
            }
            html += "</tbody>\n</table>\n"
            if !priced.assumptions.isEmpty {
                html += "<ul class=\"assumptions\">\n"
                html += priced.assumptions.map { "<li>\(escape($0))</li>\n" }.joined()
                html += "</ul>\n"
            }
        }
        html += "</section>\n"
        return html
    }

    /// A finding: its message and rule, the fix, and the design's lines where it points.
    static func finding(_ finding: Finding, _ file: FileReport) -> String {
        var html = "<div class=\"finding \(finding.severity.rawValue)\">\n"
        html += "<p><strong>\(finding.severity.rawValue)</strong> \(escape(finding.message)) "
        html += "<a class=\"rule\" href=\"#rule-\(anchor(finding.rule.id))\">\(escape(finding.rule.id))</a></p>\n"
        html += "<p class=\"fix\">Fix: \(escape(finding.rule.remediation))</p>\n"
        if let source = file.source {
            let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
            let line = finding.location.line
            let range = max(1, line - 1)...min(lines.count, line + 1)
            if !range.isEmpty {
                html += "<pre class=\"source\">"
                for number in range {
                    let text = escape(String(lines[number - 1]))
                    let mark = number == line ? " class=\"at\"" : ""
                    html += "<span\(mark)><span class=\"line\">\(number)</span> \(text)</span>\n"
                }
                html += "</pre>\n"
            }
        }
        html += "</div>\n"
        return html
    }

    static func alternatives(_ comparison: Comparison) -> String {
        var html = "<h2>Alternatives</h2>\n<table class=\"compare\">\n<thead><tr><th>Variant</th><th>Monthly</th>"
        html += "<th>Errors</th><th>Warnings</th><th>Info</th></tr></thead>\n<tbody>\n"
        let cheapest = comparison.variants.min { $0.total < $1.total }?.name
        for variant in comparison.variants {
            let total = (variant.isComplete ? "$" : "≥ $") + CostFormat.money(variant.total)
            let marker = variant.name == cheapest ? " <small>cheapest</small>" : ""
            html += "<tr><td>\(escape(variant.name))\(marker)"
            if let description = variant.description { html += "<br><small>\(escape(description))</small>" }
            html += "</td><td class=\"number\">\(total)</td><td class=\"number\">\(variant.count(.error))</td>"
            html +=
                "<td class=\"number\">\(variant.count(.warning))</td><td "
                + "class=\"number\">\(variant.count(.info))</td></tr>\n"
        }
        html += "</tbody>\n</table>\n"
        return html
    }

    static func rulesCited(_ findings: [Finding], prefix: String) -> String {
        var seen = Set<String>()
        let rules = findings.map(\.rule).filter { seen.insert($0.id).inserted }.sorted { $0.id < $1.id }
        guard !rules.isEmpty else { return "" }
        var html = "<h2>Rules cited</h2>\n<dl class=\"rules\">\n"
        for rule in rules {
            html += "<dt id=\"rule-\(anchor(rule.id))\">\(escape(rule.id)): \(escape(rule.title))</dt>\n"
            html += "<dd>\(escape(rule.rationale))"
            for reference in rule.references { html += " <a href=\"\(escape(reference))\">source</a>" }
            html += "</dd>\n"
        }
        return html + "</dl>\n"
    }

    static func money(_ estimate: DesignEstimate) -> String {
        (estimate.missingRates > 0 ? "≥ $" : "$") + CostFormat.money(estimate.monthlyTotal)
            + (estimate.missingRates > 0 ? " <small>(\(count(estimate.missingRates, "line")) unpriced)</small>" : "")
    }

    static func noun(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }

    /// A name as an HTML id: letters, digits and dashes.
    static func anchor(_ name: String) -> String {
        String(name.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "-" })
    }

    static func escape(_ text: String) -> String { XMLText.escape(text) }

    /// Light and dark, printable, readable from a phone to a wide screen.
    static let style = """

        :root{color-scheme:light dark;--fg:#1d1d1f;--bg:#ffffff;--muted:#5f6368;--line:#d0d4d9;--panel:#f6f8fa;\
        --error:#c0392b;--warning:#9a7d0a;--info:#2e86c1;--clean:#1e8449}
        @media (prefers-color-scheme:dark){:root{--fg:#e8eaed;--bg:#16181c;--muted:#a0a6ad;--line:#3a3f46;\
        --panel:#22262c;--error:#ff7b6b;--warning:#f1c40f;--info:#6cb6ff;--clean:#58d68d}}
        body{margin:0;font:15px/1.5 -apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:var(--fg);\
        background:var(--bg)}
        main{max-width:1200px;margin:0 auto;padding:16px}
        h1{margin:0 0 4px;font-size:26px}h2{margin-top:32px;border-bottom:1px solid var(--line)}h3{margin:0 0 8px}
        .meta,small{color:var(--muted)}
        .totals{display:flex;flex-wrap:wrap;gap:0 32px;margin:12px 0}.totals p{margin:4px 0;font-size:18px}
        .totals .label{display:block;color:var(--muted);font-size:13px}
        .error{color:var(--error)}.warning{color:var(--warning)}.info{color:var(--info)}
        .diagram{margin:16px 0;padding:8px;background:#ffffff;border:1px solid var(--line);border-radius:8px;\
        overflow-x:auto}
        .canvas{position:relative}.canvas svg{display:block;font-family:Helvetica,Arial,sans-serif}
        .canvas a.node{position:absolute;border-radius:8px}.canvas a.node:hover,.canvas a.node:focus{\
        outline:2px solid #2e86c1}
        .diagram figcaption{color:#5f6368;font-size:13px}
        .diagram .name{font-size:12px;font-weight:bold}.diagram .type{font-size:10px;fill:#444444}
        .diagram .flow{font-size:9px;fill:#333333}.diagram .band{font-size:11px;fill:#666666}
        .diagram .title{font-size:16px;font-weight:bold}
        .component{border:1px solid var(--line);border-left:4px solid var(--clean);border-radius:6px;\
        padding:12px;margin:12px 0;background:var(--panel)}
        .component.error{border-left-color:var(--error)}.component.warning{border-left-color:var(--warning)}
        .component.info{border-left-color:var(--info)}
        .component .cost{float:right;font-weight:normal}
        .finding{border-left:3px solid currentColor;padding:4px 10px;margin:8px 0}
        .finding p{margin:4px 0;color:var(--fg)}.fix{color:var(--muted)}.rule{font-family:monospace}
        pre.source{background:var(--bg);border:1px solid var(--line);padding:6px;overflow-x:auto;color:var(--fg);\
        font-size:13px}
        pre.source .at{font-weight:bold}.line{color:var(--muted);display:inline-block;min-width:3em}
        table{border-collapse:collapse;width:100%;margin:8px 0;font-size:14px;display:block;overflow-x:auto}
        th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
        td.number{text-align:right;white-space:nowrap}
        .assumptions{color:var(--muted);font-size:14px}
        a{color:var(--info)}
        @media (max-width:640px){main{padding:8px}.totals{display:block}.component .cost{float:none;display:block}}
        @media print{body{background:#ffffff;color:#000000}.component{break-inside:avoid}a{color:inherit}\
        .diagram{overflow:visible}}

        """
}

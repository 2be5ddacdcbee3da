import Model

/// The overlay `import` writes beside a design: every key a user may fill in, commented out.
public enum OverlayStarter {
    public static func yaml(_ imported: ImportedTemplate, template: String) -> String {
        var out = """
            # What \(template) cannot say, for `dataplan check` and `cost` to read beside it.
            # Uncomment and fill in; resources are named by logical ID. See docs/cloudformation.md.
            dataplan-overlay: 1
            # requirements: {latency: 5s, zero-downtime: true, residency: [eu-west-1], budget: 1000 USD/month}
            # tags: {project: my-project, environment: prod, team: data, cost-center: CC-1}
            # suppress:
            #   COST-007: "budgets are set for the whole account"
            resources:

            """
        let components = imported.design?["components"]?.mapping ?? []
        for component in components {
            let name = component.key.scalar?.value ?? ""
            guard let origin = imported.origins[name], let typeName = component.value["type"]?.text else { continue }
            out += "#  \(origin.logicalID):  # \(typeName), line \(component.key.mark.line)\n"
            let usage = ComponentCatalog.type(named: typeName)?.usageKeys.map { "\($0.name): …" } ?? []
            if !usage.isEmpty { out += "#    usage: {\(usage.joined(separator: ", "))}\n" }
            out += "#    suppress: {RULE-ID: \"why it does not apply\"}\n"
        }
        out += "# flows:\n"
        for flow in imported.design?["flows"]?.sequence ?? [] {
            let from = flow["from"]?.text.flatMap { imported.origins[$0]?.logicalID } ?? flow["from"]?.text ?? ""
            let to = flow["to"]?.text.flatMap { imported.origins[$0]?.logicalID } ?? flow["to"]?.text ?? ""
            out += "#   - {from: \(from), to: \(to), rate: 1K/s, record-size: 1KB}\n"
        }
        out += """
            # components:  # producers and systems outside the template
            #   web: {type: web-app, emits: {rate: 1K/s, record-size: 1KB}}

            """
        return out
    }
}

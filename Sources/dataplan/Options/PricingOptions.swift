import ArgumentParser
import Model
import Pricing

/// How designs are priced: the rate tables, the region and the month, shared by `cost`, `compare` and `diff`.
struct PricingOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Price every component as if it ran in this region.", valueName: "region"))
    var region: String?

    @Option(
        name: .long,
        help: ArgumentHelp("Rate tables (one YAML file per region) that replace the bundled ones.", valueName: "dir"))
    var pricing: String?

    @Option(name: .long, help: ArgumentHelp("Hours in a month (default 730).", valueName: "hours"))
    var hoursPerMonth: String = "730"

    @Flag(
        name: .long,
        help: ArgumentHelp(
            "Subtract the always-free allowances the rate tables list "
                + "(Lambda's 1M requests and 400,000 GB-seconds, ...)."
        )
    )
    var freeTier = false

    func validate() throws {
        if let region, !Regions.known.contains(region) {
            throw ValidationError("unknown region '\(region)'")
        }
        guard let hours = Units.number(hoursPerMonth), hours > 0 else {
            throw ValidationError("--hours-per-month must be a positive number")
        }
    }

    var book: RateBook { RateBook.load(overrides: pricing) }
    var settings: EstimateSettings {
        EstimateSettings(hoursPerMonth: Units.number(hoursPerMonth) ?? 730, region: region, freeTier: freeTier)
    }
}

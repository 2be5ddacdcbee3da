import ArgumentParser
import DataplanKit

/// What `compare` and `diff` read besides the designs: rate tables, region and month, rule packs.
struct AppraisalOptions: ParsableArguments {
    @OptionGroup var pricing: PricingOptions
    @OptionGroup var packs: RulePackOptions

    @Option(name: .long, help: .hidden)
    var today: String?

    /// The appraiser for a run: the config's rules and the packs, the rate tables, the limits.
    func appraiser(_ common: CommonOptions, _ limits: LimitOptions) -> DesignAppraiser {
        let settings = common.checkSettings(rulePacks: packs.rules, today: today)
        return DesignAppraiser(
            pipeline: limits.pipeline, book: pricing.book, settings: pricing.settings,
            check: CheckRunner().prepare(settings))
    }
}

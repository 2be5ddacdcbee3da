import Analysis
import Pricing

/// Starts reading the bundled rules and rate tables a subcommand will use on other threads, before
/// its command line is parsed: parsing it takes a few milliseconds of one core, which reading them,
/// the larger part of checking or pricing one design, then shares.
///
/// The command line is read raw, a hint only: what the run reads is the same whether the hint was
/// right or not, and a run that never asks merely read them for nothing.
public enum ReadAhead {
    /// Subcommands that check designs with the bundled rules (without their examples).
    public static let checking: Set<String> = ["check", "compare", "diff", "graph"]
    /// Subcommands that price designs with the bundled rate tables.
    public static let pricing: Set<String> = ["cost", "compare", "diff"]
    /// Subcommands that price designs only when given a flag: `graph --cost`.
    public static let pricingWith: [String: String] = ["graph": "--cost"]

    /// Starts the reads the command line (its arguments after the program's name) will ask for:
    /// its subcommand is the first of them.
    public static func start(for arguments: [String]) {
        guard let subcommand = arguments.first else { return }
        if checking.contains(subcommand) { RuleCatalog.prefetchBundled() }
        if pricing.contains(subcommand) || pricingWith[subcommand].map(arguments.contains) == true {
            RateBook.prefetchBundled()
        }
    }
}

import Analysis
import Pricing

/// Starts reading the bundled rules and rate tables a subcommand will use on other threads, before
/// its command line is parsed: parsing it takes a few milliseconds of one core, which reading them,
/// the larger part of checking or pricing one design, then shares.
///
/// The subcommand is the raw first argument, a hint only: what the run reads is the same whether
/// the hint was right or not, and a run that never asks merely read them for nothing.
public enum ReadAhead {
    /// Subcommands that check designs with the bundled rules (without their examples).
    public static let checking: Set<String> = ["check", "compare", "diff", "graph"]
    /// Subcommands that price designs with the bundled rate tables.
    public static let pricing: Set<String> = ["cost", "compare", "diff", "graph"]

    /// Starts the reads `subcommand` will ask for, if it is one of the above; nothing otherwise.
    public static func start(for subcommand: String) {
        if checking.contains(subcommand) { RuleCatalog.prefetchBundled() }
        if pricing.contains(subcommand) { RateBook.prefetchBundled() }
    }
}

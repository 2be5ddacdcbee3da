import Testing
import DataplanKit

/// The subcommands for which `dataplan` reads the bundled rules and rate tables ahead.
@Suite struct ReadAheadTests {
    /// The subcommands `dataplan --help` lists.
    static func subcommands() throws -> Set<String> {
        let help = try DataplanBinary.run(["--help"])
        let listed = help.stdout.components(separatedBy: "SUBCOMMANDS:\n").last ?? ""
        return Set(
            listed.split(separator: "\n").compactMap { line in
                line.hasPrefix("  ") ? line.split(separator: " ").first.map(String.init) : nil
            })
    }

    @Test func everyHintNamesASubcommand() throws {
        let subcommands = try Self.subcommands()
        #expect(subcommands.isSuperset(of: ["check", "cost", "compare", "diff", "graph", "rules"]))
        #expect(ReadAhead.checking.isSubset(of: subcommands), "\(ReadAhead.checking.subtracting(subcommands))")
        #expect(ReadAhead.pricing.isSubset(of: subcommands), "\(ReadAhead.pricing.subtracting(subcommands))")
        #expect(ReadAhead.checking.contains("check") && ReadAhead.pricing.contains("cost"))
    }

    /// A flag that makes a subcommand price is one its help lists: `graph --cost`.
    @Test func everyPricingFlagIsTheSubcommands() throws {
        #expect(ReadAhead.pricingWith["graph"] == "--cost")
        for (subcommand, flag) in ReadAhead.pricingWith {
            let help = try DataplanBinary.run([subcommand, "--help"])
            #expect(help.stdout.contains(flag + " "), "\(subcommand) \(flag)")
            #expect(!ReadAhead.pricing.contains(subcommand), "\(subcommand) prices only with \(flag)")
        }
    }
}

import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import DataplanKit
import Diagnostics
import Model
import Pricing

/// `dataplan rates import OFFER.json... --region R --output DIR`: a rate table from AWS Price List offer files.
struct RatesImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Write a region's rate table from AWS Price List offer files (the Bulk API's JSON).",
        discussion: """
            Each rate key found by a filter of PricingTables/price-list/filters.yaml (or --filters FILE) takes the \
            offer's price, tiers and publication date; every other key keeps the bundled table's entry. \
            Exit codes: 0 written, 2 an offer file, filter or option could not be used.
            """
    )

    @Argument(
        help: ArgumentHelp(
            "Offer files, e.g. from the Price List Bulk API or `aws pricing get-products`.", valueName: "offer.json"))
    var offers: [String]

    @Option(name: .long, help: ArgumentHelp("The region to import, e.g. eu-west-1.", valueName: "region"))
    var region: String

    @Option(name: .long, help: ArgumentHelp("The folder to write REGION.yaml into.", valueName: "dir"))
    var output: String

    @Option(name: .long, help: ArgumentHelp("Filters to use instead of the bundled ones.", valueName: "file"))
    var filters: String?

    func validate() throws {
        guard Regions.known.contains(region) else { throw ValidationError("unknown region '\(region)'") }
    }

    func run() throws {
        let read =
            try filters.map { path -> (filters: [PriceListFilter], diagnostics: [Diagnostic]) in
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw ValidationError("cannot read \(path)")
                }
                return PriceListFilter.read(String(decoding: data, as: UTF8.self), file: path)
            } ?? PriceListFilter.bundled()
        var files: [(path: String, bytes: [UInt8])] = []
        var problems = read.diagnostics
        for path in offers {
            guard let data = FileManager.default.contents(atPath: path) else {
                problems.append(
                    Diagnostic(.error, at: SourceLocation(file: path, line: 1, column: 1), "cannot be read"))
                continue
            }
            files.append((path, [UInt8](data)))
        }
        let importer = PriceListImporter(
            filters: read.filters, region: region, base: RateBook.bundled().tables[region],
            today: CheckSettings.currentDate())
        let result = importer.run(files)
        problems += result.diagnostics
        for problem in problems { StandardStream.error("\(problem)\n") }
        let path = (output.hasSuffix("/") ? output : output + "/") + "\(region).yaml"
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        try AtomicFile.write(result.tableText, to: path)
        print(
            "wrote \(path): \(result.found.count) rates from the offer files (\(result.found.joined(separator: ", ")))")
        if !result.notFound.isEmpty {
            print("not in the offer files, kept as bundled: \(result.notFound.joined(separator: ", "))")
        }
        print("\(result.withoutFilter.count) keys have no filter and keep the bundled entries")
        if problems.contains(where: { $0.severity == .error }) { throw ExitCode(2) }
    }
}

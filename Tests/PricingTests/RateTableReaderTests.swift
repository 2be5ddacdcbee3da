import Testing
import YAMLLoader
@testable import Pricing

/// A malformed table is an error naming the file, the key and the line.
@Suite struct RateTableReaderTests {
    static func problems(_ rates: String) -> [String] {
        let text = "region: us-east-1\ncurrency: USD\nrates:\n" + rates
        return RateTableReader.read(YAMLLoader().load(text, file: "us-east-1.yaml")).diagnostics.map(\.description)
    }

    @Test func unknownKeysAndUnitsAreRefused() {
        #expect(
            Self.problems(
                "  lambda/request: {unit: 1M requests, price: \"0.2\", source: "
                    + "https://aws.amazon.com/lambda/pricing/, read: 2026-11-25}\n"
            )
                == ["us-east-1.yaml:4:3: error: unknown rate 'lambda/request'; did you mean 'lambda/requests'?"])
        #expect(
            Self.problems(
                "  kinesis-data-streams/shard-hour: {unit: GB, price: \"0.015\", source: "
                    + "https://aws.amazon.com/kinesis/data-streams/pricing/, read: 2026-11-25}\n"
            )
                == [
                    "us-east-1.yaml:4:43: error: rate 'kinesis-data-streams/shard-hour' is priced per shard-hour; "
                        + "the table says 'GB'"
                ])
    }

    /// A key far from every key in spelling still gets the one that shares its words.
    @Test func anUnknownKeyGetsTheKeyThatSharesItsWords() {
        let problems = Self.problems(
            "  kinesis-shard-hours: {unit: shard-hour, price: \"0.015\", source: "
                + "https://aws.amazon.com/kinesis/data-streams/pricing/, read: 2026-11-25}\n"
        )
        #expect(
            problems == [
                "us-east-1.yaml:4:3: error: unknown rate 'kinesis-shard-hours'; did you mean "
                    + "'kinesis-data-streams/shard-hour'?"
            ])
    }

    @Test func aPriceNeedsASourceAndADateAndIsADecimal() {
        #expect(
            Self.problems("  athena/tb-scanned: {unit: TB, price: \"5\"}\n")
                == [
                    "us-east-1.yaml:4:3: error: rate 'athena/tb-scanned' needs `source`: the https:// page of AWS "
                        + "pricing it is read from"
                ])
        #expect(
            Self.problems(
                "  athena/tb-scanned: {unit: TB, price: five, source: https://aws.amazon.com/athena/pricing/, read: "
                    + "2026-11-25}\n"
            )
                == [
                    "us-east-1.yaml:4:40: error: rate 'athena/tb-scanned' has price 'five', which is not a decimal "
                        + "number"
                ])
        #expect(
            Self.problems(
                "  athena/tb-scanned: {unit: TB, price: \"5\", source: https://aws.amazon.com/athena/pricing/}\n")
                == [
                    "us-east-1.yaml:4:3: error: rate 'athena/tb-scanned' needs `read`: the date (YYYY-MM-DD) its "
                        + "price was read"
                ])
        #expect(
            Self.problems("  athena/tb-scanned: {unit: TB, source: https://aws.amazon.com/athena/pricing/}\n")
                == [
                    "us-east-1.yaml:4:3: error: rate 'athena/tb-scanned' needs `price` (a decimal) or `missing` (why "
                        + "it could not be read)"
                ])
    }
}

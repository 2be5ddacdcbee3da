#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The rate tables of `PricingTables/`, built into the binary by the EmbedData plugin.
public enum BundledPricing {
    /// Each table: its path under `PricingTables/` and its text.
    public static var files: [(path: String, text: String)] {
        BundledPricingFiles.encoded.map { entry in
            (entry.path, String(decoding: Data(base64Encoded: entry.base64) ?? Data(), as: UTF8.self))
        }
    }
}

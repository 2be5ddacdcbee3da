#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The rule catalog of `Rules/`, built into the binary by the EmbedData plugin.
public enum BundledRules {
    /// Each rule file: its path under `Rules/` and its text.
    public static var files: [(path: String, text: String)] {
        BundledRuleFiles.encoded.map { entry in
            (entry.path, String(decoding: Data(base64Encoded: entry.base64) ?? Data(), as: UTF8.self))
        }
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The rule catalog of `Rules/`, built into the binary by the EmbedData plugin.
public enum BundledRules {
    /// The practices file at the top of `Rules/`, which is data about the rules rather than a rule.
    public static let practicesPath = "practices.yaml"

    /// Each rule file: its path under `Rules/` and its text.
    public static var files: [(path: String, text: String)] {
        BundledRuleFiles.encoded.filter { $0.path != practicesPath }.map { entry in
            (entry.path, decode(entry.base64))
        }
    }

    /// `Rules/practices.yaml`: the guidance the rules are held against, for `dataplan rules --coverage`.
    public static var practices: String {
        decode(BundledRuleFiles.encoded.first { $0.path == practicesPath }?.base64 ?? "")
    }

    private static func decode(_ base64: String) -> String {
        String(decoding: Data(base64Encoded: base64) ?? Data(), as: UTF8.self)
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The CloudFormation resource mappings of `Sources/BundledMappings/CloudFormation/`, built into the binary
/// by the EmbedData plugin.
public enum BundledMappings {
    /// Each mapping file: its path under that folder and its text.
    public static var files: [(path: String, text: String)] {
        BundledMappingFiles.encoded.map { entry in
            (entry.path, String(decoding: Data(base64Encoded: entry.base64) ?? Data(), as: UTF8.self))
        }
    }
}

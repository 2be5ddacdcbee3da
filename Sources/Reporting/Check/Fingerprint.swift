import Analysis

/// A finding's identity as a short stable hash: rule, design, component or flow, never the line.
///
/// FNV-1a over the key's fields, so that the same finding keeps its fingerprint when lines move
/// and between machines (SARIF `partialFingerprints`).
public enum Fingerprint {
    public static func of(_ key: FindingKey) -> String {
        let text = [key.rule, key.design, key.component ?? "", key.flow ?? ""].joined(separator: "\u{1F}")
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

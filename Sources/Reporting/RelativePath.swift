/// Paths as a report shows them: relative to the working folder where they lie under it.
enum RelativePath {
    static func of(_ path: String, in folder: String?) -> String {
        guard let folder, path.hasPrefix("/") else { return path }
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }

    /// A SARIF URI: relative paths with each segment percent-encoded where needed, absolute ones as file URIs.
    static func uri(_ path: String, in folder: String?) -> String {
        let relative = of(path, in: folder)
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/")
        let encoded = relative.unicodeScalars.map { scalar -> String in
            if let ascii = Character(scalar).asciiValue, allowed.contains(Character(scalar)) {
                return String(UnicodeScalar(ascii))
            }
            return String(scalar).utf8.map { "%" + String($0, radix: 16, uppercase: true).leftPadded(to: 2) }.joined()
        }.joined()
        return relative.hasPrefix("/") ? "file://" + encoded : encoded
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}

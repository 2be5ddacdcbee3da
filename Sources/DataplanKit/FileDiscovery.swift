#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import YAMLLoader
import Reporting

/// Turns the paths named on a command line into the design files to read.
///
/// Files named directly are always read (and reported if they are not designs). Folders are searched
/// recursively, in sorted order, for `*.yaml` and `*.yml` files that look like designs (a line
/// starting with `dataplan:`) or CloudFormation templates, and for `*.template` and `*.template.json`.
/// Hidden folders (`.git`, `.build`) and symbolic links to folders are not followed.
public enum FileDiscovery {
    public struct Candidate: Sendable, Hashable {
        public let path: String
        /// Named on the command line rather than found in a folder.
        public let explicit: Bool

        public init(path: String, explicit: Bool) {
            self.path = path
            self.explicit = explicit
        }
    }

    /// The files to read; with `skippingNonDesigns`, files named directly are treated like found ones
    /// (pre-commit passes every YAML file a commit touches).
    public static func candidates(for paths: [String], skippingNonDesigns: Bool = false) -> [Candidate] {
        var result: [Candidate] = []
        var seen: Set<String> = []
        for path in paths {
            let found =
                isDirectory(path) ? search(folder: path) : [Candidate(path: path, explicit: !skippingNonDesigns)]
            for candidate in found where seen.insert(candidate.path).inserted {
                result.append(candidate)
            }
        }
        return result
    }

    /// The candidates a run read no design from (a folder's YAML files without a top-level `dataplan` key),
    /// given each candidate's result in order, nil where the pipeline found no design.
    public static func skipped<Result>(_ candidates: [Candidate], results: [Result?]) -> [SkippedFile] {
        zip(candidates, results).filter { $0.1 == nil }.map {
            SkippedFile(path: $0.0.path, reason: SkippedFile.notADesign)
        }
    }

    /// True when a folder's file should be read as a design: a top-level `dataplan` key.
    public static func looksLikeDesign(_ bytes: [UInt8]) -> Bool {
        startsLine(with: "dataplan", in: bytes[...])
    }

    /// True when a folder's file is a CloudFormation template: `AWSTemplateFormatVersion` at the start of a line
    /// (YAML) or quoted (JSON, as `cdk synth` writes it), or a top-level `Resources` key.
    public static func looksLikeTemplate(_ bytes: ArraySlice<UInt8>) -> Bool {
        startsLine(with: "AWSTemplateFormatVersion", in: bytes) || startsLine(with: "Resources", in: bytes)
            || contains("\"AWSTemplateFormatVersion\"", in: bytes) || contains("\"Resources\"", in: bytes)
    }

    public static func looksLikeTemplate(_ bytes: [UInt8]) -> Bool { looksLikeTemplate(bytes[...]) }

    /// Whether `text` occurs in `bytes`: a plain scan, each candidate compared in place.
    private static func contains(_ text: String, in bytes: ArraySlice<UInt8>) -> Bool {
        let key = Array(text.utf8)
        guard let first = key.first, bytes.count >= key.count else { return false }
        var index = bytes.startIndex
        let last = bytes.endIndex - key.count
        while index <= last {
            if bytes[index] == first && bytes[index..<index + key.count].elementsEqual(key) { return true }
            index += 1
        }
        return false
    }

    /// Whether some line starts with `key` followed by optional spaces and a colon.
    private static func startsLine(with key: String, in bytes: ArraySlice<UInt8>) -> Bool {
        var atLineStart = true
        let key = Array(key.utf8)
        var index =
            bytes.startIndex + (bytes.starts(with: YAMLLoader.byteOrderMark) ? YAMLLoader.byteOrderMark.count : 0)
        while index < bytes.endIndex {
            if atLineStart, bytes.endIndex - index > key.count, bytes[index..<index + key.count].elementsEqual(key) {
                var next = index + key.count
                while next < bytes.endIndex, bytes[next] == UInt8(ascii: " ") { next += 1 }
                if next < bytes.endIndex, bytes[next] == UInt8(ascii: ":") { return true }
            }
            atLineStart = bytes[index] == UInt8(ascii: "\n")
            index += 1
        }
        return false
    }

    static func isDirectory(_ path: String) -> Bool {
        var directory = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory
    }

    /// Designs and YAML templates, CloudFormation's `.template` files and `cdk synth`'s `*.template.json`.
    static let searchedSuffixes = [".yaml", ".yml", ".template", ".template.json"]
    /// A template's overlay is read with its template, not on its own.
    static let overlaySuffix = ".dataplan.yml"

    private static func search(folder: String) -> [Candidate] {
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        var found: [String] = []
        var pending = [base]
        let manager = FileManager.default
        while let current = pending.popLast() {
            guard let entries = try? manager.contentsOfDirectory(atPath: current) else { continue }
            for entry in entries where !entry.hasPrefix(".") {
                let path = current == "." && base == "." ? entry : current + "/" + entry
                guard let attributes = try? manager.attributesOfItem(atPath: path),
                    let kind = attributes[.type] as? FileAttributeType
                else { continue }
                if kind == .typeDirectory {
                    pending.append(path)
                } else if kind == .typeRegular, Self.searchedSuffixes.contains(where: { entry.hasSuffix($0) }),
                    !entry.hasSuffix(Self.overlaySuffix)
                {
                    found.append(path)
                }
            }
        }
        return found.sorted().map { Candidate(path: $0, explicit: false) }
    }
}

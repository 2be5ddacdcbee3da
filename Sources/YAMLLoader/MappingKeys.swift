import Diagnostics

/// A mapping's keys, read when it closes, each as a 64-bit print of its bytes, so that duplicates
/// are found by comparing integers, and names only where two prints agree. Keys that are not
/// scalars and merge keys have print 0 and are never duplicates.
///
/// Swift compares strings by canonical equivalence ("K", the Kelvin sign, equals "K"), which a
/// print of bytes does not see: in a mapping with a key beyond ASCII, every key's print is its
/// string's own hash, which agrees wherever `==` does.
enum MappingKeys {
    /// Mappings up to this size are searched pair by pair; larger ones indexed by print.
    private static let scanLimit = 16

    /// Calls `duplicate`, in index order, with the index of each key whose name an earlier key
    /// already has, and the mark of the first key with that name; returns whether some key is a
    /// merge key (`<<`). The prints live in a temporary buffer (on the stack for most mappings).
    static func scan(_ pairs: [YAMLPair], duplicate: (Int, Mark) -> Void) -> Bool {
        // Read through a buffer, whose elements are borrowed where an array's are copied out.
        pairs.withUnsafeBufferPointer { scan($0, duplicate: duplicate) }
    }

    private static func scan(_ pairs: UnsafeBufferPointer<YAMLPair>, duplicate: (Int, Mark) -> Void) -> Bool {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: pairs.count) { prints in
            var allASCII = true, hasMerges = false
            for index in pairs.indices {
                let (print, ascii, merge) = Self.print(of: pairs[index].key)
                prints.initializeElement(at: index, to: print)
                allASCII = allASCII && ascii
                hasMerges = hasMerges || merge
            }
            if !allASCII {
                for index in pairs.indices where prints[index] != 0 {
                    prints[index] = UInt64(UInt(bitPattern: pairs[index].key.scalar!.value.hashValue)) | 1
                }
            }
            forEachDuplicate(in: pairs, UnsafeBufferPointer(prints), duplicate)
            return hasMerges
        }
    }

    /// A key's print (0 for a key that is not a scalar, or a merge key), whether its bytes are all
    /// ASCII, and whether it is a merge key.
    private static func print(of key: YAMLNode) -> (UInt64, Bool, Bool) {
        guard case .scalar(let scalar) = key.content else { return (0, true, false) }
        let utf8 = scalar.value.utf8
        if (key.coreTag != nil || utf8.count == 2) && MappingResolver.isMergeKey(key) { return (0, true, true) }
        let (print, ascii) =
            utf8.withContiguousStorageIfAvailable(Self.print) ?? Array(utf8).withUnsafeBufferPointer(Self.print)
        return (print, ascii, false)
    }

    /// FNV-1a of the bytes (never 0, which marks keys that are not names), and whether all are ASCII.
    private static func print(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, Bool) {
        var print: UInt64 = 0xcbf2_9ce4_8422_2325
        var seen: UInt8 = 0
        for byte in bytes {
            seen |= byte
            print = (print ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return (print == 0 ? 1 : print, seen < 0x80)
    }

    private static func forEachDuplicate(
        in pairs: UnsafeBufferPointer<YAMLPair>, _ prints: UnsafeBufferPointer<UInt64>, _ duplicate: (Int, Mark) -> Void
    ) {
        if prints.count <= Self.scanLimit {
            for index in prints.indices where prints[index] != 0 {
                if let first = Self.firstEqual(before: index, from: 0, in: pairs, prints) {
                    duplicate(index, pairs[first].key.mark)
                }
            }
            return
        }
        var firstByPrint: [UInt64: Int] = [:]
        firstByPrint.reserveCapacity(prints.count)
        for index in prints.indices where prints[index] != 0 {
            guard let candidate = firstByPrint[prints[index]] else {
                firstByPrint[prints[index]] = index
                continue
            }
            if let first = Self.firstEqual(before: index, from: candidate, in: pairs, prints) {
                duplicate(index, pairs[first].key.mark)
            }
        }
    }

    /// The first index from `start` up to `index` whose key has the same print and name as `index`'s.
    private static func firstEqual(
        before index: Int, from start: Int, in pairs: UnsafeBufferPointer<YAMLPair>,
        _ prints: UnsafeBufferPointer<UInt64>
    ) -> Int? {
        let print = prints[index]
        for earlier in start..<index where prints[earlier] == print {
            if pairs[earlier].key.scalar?.value == pairs[index].key.scalar?.value { return earlier }
        }
        return nil
    }
}

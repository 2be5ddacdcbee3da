#if canImport(Glibc)
import Glibc
#endif

/// How the process treats the memory a run frees.
///
/// glibc hands freed memory back to the kernel eagerly: a block over 128 KB (a large design's
/// arrays, a report's buffer) is a mapping of its own, unmapped when freed, and the heap's top is
/// given back once 128 KB of it is free. A run that loads, checks and reports then takes the same
/// pages from the kernel again, each a page fault (some 3 µs on this project's CI machine), and a
/// run over 10,000 components took 7,800 of them on every repeat. Kept in the process instead,
/// freed memory serves the next allocation; a command-line run ends soon, and its memory with it.
public enum ProcessMemory {
    /// `mallopt`'s parameters, as glibc's `malloc.h` numbers them.
    private static let trimThreshold: Int32 = -1
    private static let mmapThreshold: Int32 = -3

    /// Keeps freed memory for reuse: blocks of up to 32 MB (the most glibc accepts) come from the
    /// heap, whose top is not given back. True when the allocator (glibc) took both settings.
    @discardableResult
    public static func keepFreedMemory() -> Bool {
        #if canImport(Glibc)
        // Looked up by name: Swift's Glibc module does not import `malloc.h`, and a C target for
        // one call would put DWARF 5 into the binary, which the valgrind of Debian 12 cannot read.
        // glibc's own, not one interposed before it: a sanitizer's allocator refuses every setting.
        guard let libc = dlopen("libc.so.6", RTLD_NOW | RTLD_NOLOAD), let symbol = dlsym(libc, "mallopt") else { return false }
        let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
        return mallopt(mmapThreshold, 32 << 20) == 1 && mallopt(trimThreshold, 1 << 30) == 1
        #else
        return false
        #endif
    }
}

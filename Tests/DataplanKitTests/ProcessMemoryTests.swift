import Testing
import DataplanKit

/// The allocator keeps freed memory where the C library is glibc, as on every machine Dataplan's
/// CI and users run it on.
@Suite struct ProcessMemoryTests {
    @Test func glibcTakesTheSettings() {
        #if os(Linux)
        #expect(ProcessMemory.keepFreedMemory(), "glibc refused the mmap or trim threshold")
        #else
        #expect(!ProcessMemory.keepFreedMemory(), "only glibc has these settings")
        #endif
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's bytes read with the system's own calls, its size checked before any is read: one
/// `open`, one `fstat`, and reads straight into the array that the loader takes.
enum FileBytes {
    enum Outcome: Equatable {
        case bytes([UInt8])
        case missing
        case folder
        case permissionDenied
        /// The file's size, over the limit.
        case tooLarge(Int)
        case unreadable(String)
    }

    /// The bytes of the file at `path`, or why there are none; refuses a file over `limit` bytes.
    static func contents(of path: String, limit: Int) -> Outcome {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            switch code {
            case ENOENT, ENOTDIR: return .missing
            case EACCES: return .permissionDenied
            default: return .unreadable(message(code))
            }
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .unreadable(message(errno)) }
        if status.st_mode & S_IFMT == S_IFDIR { return .folder }
        let size = Int(status.st_size)
        if size > limit { return .tooLarge(size) }
        var bytes = [UInt8](repeating: 0, count: Swift.min(size, limit) + 1)
        var count = 0
        while count < bytes.count {
            let received = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if received < 0 {
                if errno == EINTR { continue }
                return .unreadable(message(errno))
            }
            if received == 0 { break }
            count += received
            if count == bytes.count && count <= limit {
                bytes.append(contentsOf: repeatElement(0, count: Swift.min(bytes.count, limit + 1 - bytes.count)))
            }
        }
        bytes.removeLast(bytes.count - count)
        return .bytes(bytes)
    }

    private static func message(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}

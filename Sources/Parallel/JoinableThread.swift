#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A thread of its own for work that blocks (a producer feeding a consumer), which a shared pool's
/// workers must not do: on two cores the consumer could wait for a producer no worker is left to run.
public final class JoinableThread {
    private var thread: pthread_t?

    /// Starts `body` on a new thread; nil if the system could not create one.
    public init?(_ body: @escaping @Sendable () -> Void) {
        let context = Unmanaged.passRetained(Body(body)).toOpaque()
        guard let created = Self.create(running: context) else {
            Unmanaged<Body>.fromOpaque(context).release()
            return nil
        }
        thread = created
    }

    #if canImport(Glibc)
    private static func create(running context: UnsafeMutableRawPointer) -> pthread_t? {
        var created = pthread_t()
        let status = pthread_create(&created, nil, { context in
            Unmanaged<Body>.fromOpaque(context!).takeRetainedValue().run()
            return nil
        }, context)
        return status == 0 ? created : nil
    }
    #else
    private static func create(running context: UnsafeMutableRawPointer) -> pthread_t? {
        var created: pthread_t?
        let status = pthread_create(&created, nil, { context in
            Unmanaged<Body>.fromOpaque(context).takeRetainedValue().run()
            return nil
        }, context)
        return status == 0 ? created : nil
    }
    #endif

    /// Waits until the thread's work has returned.
    public func join() {
        guard let running = thread else { return }
        pthread_join(running, nil)
        thread = nil
    }

    deinit {
        join()
    }

    private final class Body {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// Runs one closure on its own thread; the caller polls `isFinished` (so Ctrl-C can abandon it).
final class BackgroundTask<Result>: @unchecked Sendable {
    private let lock = NSLockLite()
    private var finished = false
    private var value: Result?

    init(_ work: @escaping () -> Result) {
        DetachedThread.start { [self] in
            let produced = work()
            lock.locked {
                value = produced
                finished = true
            }
        }
    }

    var isFinished: Bool { lock.locked { finished } }
    var result: Result? { lock.locked { value } }
}

/// A detached pthread running one closure (C callbacks cannot capture, so the closure rides in a box).
private final class DetachedThread {
    let body: () -> Void
    private init(_ body: @escaping () -> Void) { self.body = body }

    static func start(_ body: @escaping () -> Void) {
        let box = Unmanaged.passRetained(DetachedThread(body)).toOpaque()
        var thread = pthread_t()
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        pthread_attr_setstacksize(&attributes, 8 << 20)
        pthread_create(&thread, &attributes, { raw in
            Unmanaged<DetachedThread>.fromOpaque(raw!).takeRetainedValue().body()
            return nil
        }, box)
        pthread_attr_destroy(&attributes)
        pthread_detach(thread)
    }
}

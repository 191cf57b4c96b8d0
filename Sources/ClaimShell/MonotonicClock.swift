#if canImport(Glibc)
import Glibc
#endif

/// Wall time for `.timer` and `.sleep`, from CLOCK_MONOTONIC (seconds).
enum MonotonicClock {
    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    static func describe(_ seconds: Double) -> String {
        seconds < 1 ? "\(String(format1: seconds * 1000)) ms" : "\(String(format1: seconds)) s"
    }
}

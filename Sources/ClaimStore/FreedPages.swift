#if canImport(Glibc)
import Glibc
#endif

/// Gives the pages of freed heap memory back to the system between the phases of a build. glibc keeps them: what one
/// phase frees (records grown by appending, a detector's lookups) and the next cannot reuse stays resident, and
/// at a million claims that raised the peak by tens of megabytes.
enum FreedPages {
    /// Calls glibc's `malloc_trim(0)` (not in Swift's Glibc module, so looked up at run time); nothing elsewhere.
    static func release() {
        #if canImport(Glibc)
        typealias Trim = @convention(c) (Int) -> Int32
        guard let symbol = trim else { return }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
        #endif
    }

    #if canImport(Glibc)
    private static let trim: UnsafeMutableRawPointer? = dlsym(dlopen(nil, RTLD_NOW), "malloc_trim")
    #else
    private static let trim: UnsafeMutableRawPointer? = nil
    #endif
}

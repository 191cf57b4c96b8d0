import CLibEdit

/// The SIGINT seam. The handler (in the C shim) only sets a flag; the shell polls it at the
/// prompt (readline returns nil as at end of input), during statements and during loads.
public struct InterruptSignal: Sendable {
    public init() {}

    /// Installs the flag-setting SIGINT handler and ignores SIGPIPE (EPIPE is handled as a quiet exit).
    public func install() {
        claimsh_install_interrupt_handler()
        claimsh_ignore_sigpipe()
    }

    /// True when Ctrl-C arrived since the last `clear()`.
    public var isPending: Bool { claimsh_interrupt_pending() != 0 }

    public func clear() { claimsh_clear_interrupt() }

    /// Marks the flag as the handler would; tests and the hidden `.sleep` use it.
    public func mark() { claimsh_mark_interrupt() }

    /// A closure long operations poll to learn they should stop.
    public var cancellationCheck: @Sendable () -> Bool {
        { claimsh_interrupt_pending() != 0 }
    }
}

import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Every signal mlsd handles, in one place. The shell installs them once (Sources/mlsd/main.swift);
/// `MLSD.main` run in process, as the CLI tests do, leaves the host's handlers alone.
public enum Signals {
    /// What Ctrl-C prints before mlsd ends; a command with something to add (practice: how to
    /// resume) replaces it. Raw bytes, so the handler only makes async-signal-safe calls.
    nonisolated(unsafe) private static var interruptMessage: StaticString = "\n"

    public static func install() {
        // A closed pipe is reported by write(2) as EPIPE, which Console handles quietly.
        signal(SIGPIPE, SIG_IGN)
        // Everything the user submitted is already committed, so Ctrl-C can end the process at
        // once; SQLite rolls back any transaction it interrupts.
        // The terminal may be in single-key mode (a review rating): it is put back first.
        TerminalKeys.prepareForSignals()
        onInterrupt(say: "\n")  // set now, so the handler never runs a lazy initialiser
        signal(SIGINT) { _ in
            TerminalKeys.restoreAfterSignal()
            let message = Signals.interruptMessage
            _ = write(STDERR_FILENO, message.utf8Start, message.utf8CodeUnitCount)
            _exit(130)
        }
        for number in [SIGTERM, SIGHUP] {
            signal(number) { number in
                TerminalKeys.restoreAfterSignal()
                signal(number, SIG_DFL)
                raise(number)
            }
        }
        // A parent may start mlsd with these signals blocked (the mask is inherited); Ctrl-C and
        // a closed terminal must still end it.
        var signals = sigset_t()
        sigemptyset(&signals)
        for number in [SIGINT, SIGHUP, SIGTERM] { sigaddset(&signals, number) }
        sigprocmask(SIG_UNBLOCK, &signals, nil)
    }

    /// Says more than a bare newline when Ctrl-C ends mlsd from here on.
    static func onInterrupt(say message: StaticString) {
        interruptMessage = message
    }

    /// Runs `body` with SIGINT ignored: while an editor runs, Ctrl-C belongs to it and must not
    /// end the session behind its back.
    static func ignoringInterrupts<T>(_ body: () throws -> T) rethrows -> T {
        let previous = signal(SIGINT, SIG_IGN)
        defer { signal(SIGINT, previous) }
        return try body()
    }
}

import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Single keypresses from a terminal, as Anki takes a rating: the terminal is put in
/// non-canonical mode without echo for one read and put back at once. Signals stay on (ISIG), so
/// Ctrl-C still interrupts; the interrupt handler puts the terminal back through `restoreAfterSignal`,
/// which is why the saved settings live in memory a signal handler may read.
enum TerminalKeys {
    /// A key as the review prompt understands it.
    enum Key: Equatable {
        case character(Character)
        case enter
        /// Ctrl-D, or the terminal went away.
        case end
        /// An arrow, a function key, a non-ASCII letter: nothing a prompt acts on.
        case other
    }

    /// The settings to put back, written before raw mode starts and read by the signal handler.
    nonisolated(unsafe) private static let saved = UnsafeMutablePointer<termios>.allocate(capacity: 1)
    /// 1 while the terminal is in raw mode; a plain C int, so the handler reads it safely.
    nonisolated(unsafe) private static let active = UnsafeMutablePointer<sig_atomic_t>.allocate(capacity: 1)

    /// Reads one key from file descriptor 0, which must be a terminal. `prompt` runs once the
    /// terminal is in single-key mode, so a key pressed as soon as the prompt shows is never echoed.
    static func read(prompt: () -> Void) -> Key {
        guard tcgetattr(STDIN_FILENO, saved) == 0 else { prompt(); return .end }
        var raw = saved.pointee
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        active.pointee = 1
        guard tcsetattr(STDIN_FILENO, TCSANOW, &raw) == 0 else { active.pointee = 0; prompt(); return .end }
        defer {
            tcsetattr(STDIN_FILENO, TCSANOW, saved)
            active.pointee = 0
        }
        prompt()
        var bytes = [UInt8](repeating: 0, count: 16)
        while true {
            let count = bytes.withUnsafeMutableBytes { Glibc.read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return .end }
            return key(Array(bytes[..<count]))
        }
    }

    /// What the bytes of one read mean. An escape sequence or a multi-byte character arrives in
    /// one read on every terminal worth the name, so a read is one key.
    static func key(_ bytes: [UInt8]) -> Key {
        guard bytes.count == 1, let byte = bytes.first else { return .other }
        switch byte {
        case 0x0A, 0x0D: return .enter
        case 0x04: return .end
        case 0x20...0x7E: return .character(Character(Unicode.Scalar(byte)))
        default: return .other
        }
    }

    /// Touches the saved state once, so the signal handler never runs a lazy initialiser.
    static func prepareForSignals() {
        active.pointee = 0
    }

    /// Called from a signal handler: only async-signal-safe calls.
    static func restoreAfterSignal() {
        if active.pointee == 1 { tcsetattr(STDIN_FILENO, TCSANOW, saved) }
    }
}

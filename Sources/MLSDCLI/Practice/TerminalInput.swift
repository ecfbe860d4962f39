// Only Glibc here: Foundation re-exports `stdin` without the @preconcurrency that lets us touch it.
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// On a terminal, Ctrl-D ends one answer, not the whole input. The C library remembers end-of-file
/// on stdin until told otherwise, so the next prompt would see it again at once; this forgets it.
enum TerminalInput {
    static func forgetEndOfFile() {
        clearerr(stdin)
    }
}

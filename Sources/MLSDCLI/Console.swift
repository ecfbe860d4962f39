import Foundation
import MLSDCore

#if canImport(Glibc)
    import Glibc
#endif

/// The terminal: output to stdout/stderr, input by lines, and what kind of terminal it is.
/// Everything written goes through `VisibleText`, so text from a pack, the database or the user
/// cannot drive the terminal wherever a command shows it; only mlsd's own colours pass.
/// `Console.capturing` keeps what is written in memory instead, for running mlsd in process.
public final class Console {
    let input: LineInput
    /// Both ends are a terminal: prompts, colour and cursor tricks are welcome.
    let isInteractive: Bool
    let stdoutIsTerminal: Bool
    /// What was written to standard output and to standard error, when capturing.
    public private(set) var output = "", errors = ""
    /// The SGR codes that pass to the terminal: `Style.codes` while colour is on, else none.
    var styles: Set<String> = []
    private let capture: Bool

    /// The process's own standard input, output and error.
    public convenience init() { self.init(input: LineInput(descriptor: STDIN_FILENO), capture: false) }

    /// A console that is not a terminal: it reads `input` as it would a pipe's bytes, and keeps
    /// what is written.
    public static func capturing(input: some Sequence<UInt8> = []) -> Console {
        Console(input: LineInput(bytes: Array(input)), capture: true)
    }

    init(input: LineInput, capture: Bool) {
        self.input = input
        self.capture = capture
        stdoutIsTerminal = !capture && isatty(STDOUT_FILENO) == 1
        isInteractive = stdoutIsTerminal && isatty(STDIN_FILENO) == 1
    }

    func write(_ text: String) {
        let visible = VisibleText.of(text, passing: styles)
        if capture { output += visible; return }
        Console.write(visible, to: STDOUT_FILENO)
    }

    func line(_ text: String = "") { write(text + "\n") }

    func error(_ text: String) {
        let visible = VisibleText.of(text, passing: styles)
        if capture { errors += visible; return }
        Console.write(visible, to: STDERR_FILENO)
    }

    func readLine() -> String? { input.readLine() }

    /// True when the next input may be read as a single keypress: both ends are a terminal and no
    /// lines typed ahead are waiting (those are read as lines, in order).
    var canReadKey: Bool {
        isInteractive && !input.hasBuffered
    }

    /// Shows `prompt`, then reads one keypress, without Enter; only when `canReadKey`.
    func readKey(prompt: String) -> TerminalKeys.Key { TerminalKeys.read { write(prompt) } }

    /// Columns available, for wrapping; 80 when not on a terminal.
    var width: Int {
        var size = winsize()
        if stdoutIsTerminal, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 {
            return Int(size.ws_col)
        }
        return 80
    }

    private static func write(_ text: String, to fd: Int32) {
        // From the string's own bytes: an exported document runs to megabytes.
        var text = text
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    // The reader went away (`mlsd cases | head`): nothing more to say to anyone.
                    if errno == EPIPE { exit(0) }
                    return
                }
                offset += written
            }
        }
    }
}

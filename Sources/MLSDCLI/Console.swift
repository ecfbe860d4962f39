import Foundation
import MLSDCore

#if canImport(Glibc)
    import Glibc
#endif

/// Where lines of input come from: the real standard input, or plain strings in tests.
protocol LineInput: AnyObject {
    /// The next line without its newline, or nil at end of input (Ctrl-D).
    func readLine() -> String?
}

/// Lines from file descriptor 0, read with read(2) rather than stdio: stdio's end-of-file flag is
/// sticky, so after a Ctrl-D that ends one answer every later prompt would see the end too. Here
/// the end is only reported when read(2) reports it: on a terminal the next prompt reads again,
/// while a pipe's end stays the end.
final class StandardInput: LineInput {
    private var buffer: [UInt8] = []
    /// Where the input not yet handed out starts in `buffer`.
    private var start = 0
    /// How far past `start` has been searched for a newline: each byte is looked at once, so one
    /// huge line costs time in proportion to its length, not to its square.
    private var scanned = 0
    private var chunk = [UInt8](repeating: 0, count: 1 << 16)

    /// Input already read from the descriptor but not yet handed out (lines typed ahead or pasted).
    var hasBuffered: Bool { start < buffer.count }

    func readLine() -> String? {
        while true {
            if let newline = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
                var end = newline
                if end > start, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                defer { start = newline + 1; scanned = start }
                return String(decoding: buffer[start..<end], as: UTF8.self)
            }
            scanned = buffer.count
            if start > 0 {
                buffer.removeSubrange(..<start)
                scanned -= start
                start = 0
            }
            let count = chunk.withUnsafeMutableBytes { Glibc.read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                // End of input (or an unreadable stdin): hand back a last unterminated line first.
                guard !buffer.isEmpty else { return nil }
                defer { buffer.removeAll(); scanned = 0 }
                return String(decoding: buffer, as: UTF8.self)
            }
            buffer += chunk[..<count]
        }
    }
}

final class StringInput: LineInput {
    private var lines: [String]
    /// Lines as standard input would give them: a final newline ends the last line, not a new one.
    init(_ text: String) {
        lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
    }
    func readLine() -> String? { lines.isEmpty ? nil : lines.removeFirst() }
}

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
    public convenience init() { self.init(input: StandardInput(), capture: false) }

    /// A console that is not a terminal: it reads `input` and keeps what is written.
    public static func capturing(input: String = "") -> Console { Console(input: StringInput(input), capture: true) }

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
        guard isInteractive, !capture, let standard = input as? StandardInput else { return false }
        return !standard.hasBuffered
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

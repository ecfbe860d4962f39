import Foundation

@testable import MLSDTestSupport

/// The real binary on a pseudo-terminal, through util-linux `script`, for what only happens on a
/// terminal (single-key ratings, terminal modes). Keys are typed into the terminal one write at a
/// time; the screen is read back with the terminal's CR LF line ends turned into LF.
final class PseudoTerminal: @unchecked Sendable {  // the screen is guarded by StreamedOutput
    let process = Process()
    private let input = Pipe(), output = Pipe()
    private let terminal: StreamedOutput

    /// Runs `shell` (a /bin/sh command line; `$MLSD` is the binary) on a terminal of `columns`.
    init(
        _ mlsd: MLSDSandbox, _ shell: String, columns: Int = 80, rows: Int = 40,
        environment extra: [String: String] = [:]
    ) throws {
        signal(SIGPIPE, SIG_IGN)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        let command = "stty cols \(columns) rows \(rows); \(shell)"
        process.arguments = ["-qfec", command, "/dev/null"]
        var environment = mlsd.environment.merging(extra) { $1 }
        environment["MLSD"] = MLSDSandbox.binary
        environment["SHELL"] = "/bin/sh"
        process.environment = environment
        process.currentDirectoryURL = URL(fileURLWithPath: mlsd.folder)
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        terminal = StreamedOutput(output.fileHandleForReading)
    }

    var screen: String { Self.lines(terminal.text) }

    private static func lines(_ text: String) -> String { text.replacingOccurrences(of: "\r\n", with: "\n") }

    private static func shows(_ screen: String, _ text: String, _ count: Int) -> Bool {
        lines(screen).components(separatedBy: text).count - 1 >= count
    }

    /// Types bytes as keypresses (no newline is added).
    func type(_ keys: String) {
        try? input.fileHandleForWriting.write(contentsOf: Data(keys.utf8))
    }

    /// Waits until the screen shows `text` `count` times; false after a generous limit.
    @discardableResult
    func waitFor(_ text: String, count: Int = 1) -> Bool {
        terminal.wait(seconds: 60) { Self.shows($0, text, count) }  // only a hang reaches a minute
    }

    /// Waits until `holds` is true of the screen; false after a generous limit.
    @discardableResult
    func waitUntil(_ holds: (String) -> Bool) -> Bool {
        terminal.wait(seconds: 60) { holds(Self.lines($0)) }
    }

    /// Waits for the command to end; its status, and the whole screen.
    func finish() -> (status: Int32, screen: String) {
        process.waitUntilExit()
        let screen = Self.lines(terminal.finish(timeout: 10))
        try? input.fileHandleForWriting.close()
        return (process.terminationStatus, screen)
    }
}

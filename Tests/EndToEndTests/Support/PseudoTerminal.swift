import Foundation

/// The real binary on a pseudo-terminal, through util-linux `script`, for what only happens on a
/// terminal (single-key ratings, terminal modes). Keys are typed into the terminal one write at a
/// time; the screen is read back with the terminal's CR LF line ends turned into LF.
final class PseudoTerminal: @unchecked Sendable {   // `screen` is guarded by `lock`
    let process = Process()
    private let input = Pipe(), output = Pipe()
    private let lock = NSLock()
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    /// Runs `shell` (a /bin/sh command line; `$MLSD` is the binary) on a terminal of `columns`.
    init(_ mlsd: MLSDProcess, _ shell: String, columns: Int = 80, rows: Int = 40, environment extra: [String: String] = [:]) throws {
        signal(SIGPIPE, SIG_IGN)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        let command = "stty cols \(columns) rows \(rows); \(shell)"
        process.arguments = ["-qfec", command, "/dev/null"]
        var environment = mlsd.environment.merging(extra) { $1 }
        environment["MLSD"] = MLSDProcess.binary
        environment["SHELL"] = "/bin/sh"
        process.environment = environment
        process.currentDirectoryURL = URL(fileURLWithPath: mlsd.folder)
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let reader = output.fileHandleForReading
        DispatchQueue.global().async { [self] in
            while true {
                let chunk = reader.availableData
                if chunk.isEmpty { break }
                lock.lock(); data += chunk; lock.unlock()
            }
            done.signal()
        }
    }

    var screen: String {
        lock.lock(); defer { lock.unlock() }
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
    }

    /// Types bytes as keypresses (no newline is added).
    func type(_ keys: String) {
        try? input.fileHandleForWriting.write(contentsOf: Data(keys.utf8))
    }

    /// Waits until the screen shows `text` `count` times; false after a generous limit.
    @discardableResult
    func waitFor(_ text: String, count: Int = 1) -> Bool {
        for _ in 0..<1_200 {   // a minute: only a hang reaches it on a busy machine
            if screen.components(separatedBy: text).count - 1 >= count { return true }
            if !process.isRunning { break }
            usleep(50_000)
        }
        return screen.components(separatedBy: text).count - 1 >= count
    }

    /// Waits for the command to end; its status, and the whole screen.
    func finish() -> (status: Int32, screen: String) {
        process.waitUntilExit()
        _ = done.wait(timeout: .now() + 10)
        try? input.fileHandleForWriting.close()
        return (process.terminationStatus, screen)
    }
}

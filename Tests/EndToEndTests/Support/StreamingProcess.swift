import Foundation

@testable import MLSDTestSupport

/// A program running with its output read as it streams: input can be written slowly, line by
/// line, while the test watches stdout and signals or kills the process at any moment.
final class StreamingProcess: @unchecked Sendable {  // the output is guarded by StreamedOutput
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var signalled: Bool
        /// The process was still running at its deadline and was killed.
        var timedOut = false
    }

    let process = Process()
    private let input = Pipe(), output = Pipe(), errors = Pipe()
    private let stdout: StreamedOutput, stderr: StreamedOutput

    /// Runs `executable` (the mlsd binary unless given) in `folder` with `environment`.
    init(
        _ arguments: [String], environment: [String: String], folder: String,
        executable: String = MLSDSandbox.binary
    ) throws {
        // A write to a killed process must come back as EPIPE, not end the test runner.
        signal(SIGPIPE, SIG_IGN)
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        stdout = StreamedOutput(output.fileHandleForReading)
        stderr = StreamedOutput(errors.fileHandleForReading)
    }

    var stdoutSoFar: String { stdout.text }

    /// Writes raw bytes; false once the process no longer reads (it exited or was killed).
    @discardableResult
    func write(_ bytes: [UInt8]) -> Bool {
        let fd = input.fileHandleForWriting.fileDescriptor
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n <= 0 { return false }
            offset += n
        }
        return true
    }

    /// Writes the lines, each ended by a newline, at once.
    @discardableResult
    func write(_ lines: [String]) -> Bool {
        write(Array(lines.map { $0 + "\n" }.joined().utf8))
    }

    /// Writes the lines one at a time, pausing between them, on a background queue, then closes
    /// standard input; stops early if the process has gone.
    func typeSlowly(_ lines: [String], pauseMicroseconds: UInt32) {
        let writer = input.fileHandleForWriting
        blockingQueue().async { [self] in
            for line in lines {
                guard process.isRunning, write([line]) else { break }
                usleep(pauseMicroseconds)
            }
            try? writer.close()
        }
    }

    func closeInput() { try? input.fileHandleForWriting.close() }

    func send(_ signalNumber: Int32) { kill(process.processIdentifier, signalNumber) }

    /// Waits until `condition` holds on the output so far; false if the output ended first or
    /// it never did within a generous limit.
    func waitForOutput(_ condition: (String) -> Bool) -> Bool {
        stdout.wait(until: condition)
    }

    /// Waits for the process to end; past `seconds`, kills it and marks the result as timed out,
    /// so a hung command fails its test instead of hanging the suite.
    func finish(killAfter seconds: Double = 120) -> Result {
        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        let timedOut = process.isRunning && ended.wait(timeout: .now() + seconds) == .timedOut
        if timedOut { send(SIGKILL) }
        process.waitUntilExit()
        closeInput()
        return Result(
            status: process.terminationStatus, stdout: stdout.finish(), stderr: stderr.finish(),
            signalled: process.terminationReason == .uncaughtSignal, timedOut: timedOut)
    }
}

extension MLSDSandbox {
    /// Runs any program (a shell wrapper, /usr/bin/time) with this mlsd's environment.
    func runProgram(
        _ executable: String, _ arguments: [String], input: Data = Data(),
        environment extra: [String: String] = [:], killAfter seconds: Double = 120
    ) throws -> StreamingProcess.Result {
        let running = try StreamingProcess(
            arguments, environment: environment.merging(extra) { $1 },
            folder: folder, executable: executable)
        blockingQueue().async {
            running.write(Array(input)); running.closeInput()
        }
        return running.finish(killAfter: seconds)
    }

    func start(_ arguments: [String], environment extra: [String: String] = [:]) throws -> StreamingProcess {
        try StreamingProcess(arguments, environment: environment.merging(extra) { $1 }, folder: folder)
    }
}

/// Counts the lines of `text` that start with one of `prefixes`: the acknowledgements a
/// command prints once a write is committed.
func acknowledgements(in text: String, _ prefixes: [String]) -> Int {
    text.split(separator: "\n").filter { line in prefixes.contains { line.hasPrefix($0) } }.count
}

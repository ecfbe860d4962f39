import Foundation

/// The real binary, running, with its standard input held open: for tests that type part of a
/// session and then interrupt or kill it.
final class LiveProcess: @unchecked Sendable {   // the output buffers are read only after group.wait()
    let process = Process()
    private let input = Pipe(), output = Pipe(), errors = Pipe()
    private let group = DispatchGroup()
    private var stdoutData = Data(), stderrData = Data()

    init(_ mlsd: MLSDProcess, _ arguments: [String]) throws {
        // Writing to a process that already ended must fail the test, not kill the test runner.
        signal(SIGPIPE, SIG_IGN)
        process.executableURL = URL(fileURLWithPath: MLSDProcess.binary)
        process.arguments = arguments
        process.environment = mlsd.environment
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let (out, err) = (output.fileHandleForReading, errors.fileHandleForReading)
        DispatchQueue.global().async(group: group) { [self] in stdoutData = out.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { [self] in stderrData = err.readDataToEndOfFile() }
    }

    func type(_ lines: [String]) {
        try? input.fileHandleForWriting.write(contentsOf: Data((lines.joined(separator: "\n") + "\n").utf8))
    }

    /// Polls `condition` until it holds; false if it never does within a generous limit (a hang).
    func waitUntil(_ condition: () throws -> Bool) rethrows -> Bool {
        for _ in 0..<2_400 {   // two minutes: only a hang should reach it, even on a busy machine
            if try condition() { return true }
            guard process.isRunning else { return try condition() }
            usleep(50_000)
        }
        return false
    }

    func send(_ number: Int32) { kill(process.processIdentifier, number) }

    func finish() -> MLSDProcess.Result {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        group.wait()
        return MLSDProcess.Result(status: process.terminationStatus,
                                  stdout: String(decoding: stdoutData, as: UTF8.self),
                                  stderr: String(decoding: stderrData, as: UTF8.self),
                                  signalled: process.terminationReason == .uncaughtSignal)
    }
}

import Foundation

@testable import MLSDTestSupport

/// The real binary, running, with its standard input held open: for tests that type part of a
/// session and then interrupt or kill it.
final class LiveProcess: @unchecked Sendable {  // the output is guarded by StreamedOutput
    let process = Process()
    private let input = Pipe(), output = Pipe(), errors = Pipe()
    private let stdout: StreamedOutput, stderr: StreamedOutput

    init(_ mlsd: MLSDSandbox, _ arguments: [String]) throws {
        // Writing to a process that already ended must fail the test, not kill the test runner.
        signal(SIGPIPE, SIG_IGN)
        process.executableURL = URL(fileURLWithPath: MLSDSandbox.binary)
        process.arguments = arguments
        process.environment = mlsd.environment
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        stdout = StreamedOutput(output.fileHandleForReading)
        stderr = StreamedOutput(errors.fileHandleForReading)
    }

    func type(_ lines: [String]) {
        try? input.fileHandleForWriting.write(contentsOf: Data((lines.joined(separator: "\n") + "\n").utf8))
    }

    /// Waits until `condition` holds, checking it again each time the process prints (it prints
    /// after every write it commits); false if the output ends first or after two minutes (a hang).
    func waitUntil(_ condition: () throws -> Bool) rethrows -> Bool {
        try stdout.wait { _ in try condition() }
    }

    func send(_ number: Int32) { kill(process.processIdentifier, number) }

    func finish() -> MLSDSandbox.Result {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        return MLSDSandbox.Result(
            status: process.terminationStatus, stdout: stdout.finish(), stderr: stderr.finish(),
            signalled: process.terminationReason == .uncaughtSignal)
    }
}

import Foundation
import MLSDCLI

/// A temporary folder with its own database where mlsd runs as a user would run it: the built
/// binary in a child process (signals, kill -9, terminals, several processes), or `MLSD.main` in
/// this process with the same arguments, environment and input bytes (everything else, some
/// twenty times cheaper than starting the debug binary).
struct MLSDSandbox {
    enum Runner: Sendable { case binary, inProcess }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var signalled: Bool
    }

    /// The built binary: beside the test runner in the products folder, or $MLSD_BIN.
    static let binary: String = {
        if let path = ProcessInfo.processInfo.environment["MLSD_BIN"] { return path }
        let testRunner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = testRunner.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("mlsd").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/mlsd").path
    }()

    let folder: String
    var database: String { folder + "/mlsd.sqlite3" }
    var environment: [String: String]
    let runner: Runner

    init(_ runner: Runner = .binary) {
        self.runner = runner
        folder = NSTemporaryDirectory() + "mlsd-e2e-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        environment = ["PATH": "/usr/bin:/bin", "HOME": folder, "MLSD_DB": folder + "/mlsd.sqlite3", "TERM": "dumb"]
    }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }

    /// A database as the first command leaves it (schema made, built-in content loaded), made once
    /// per test run, with its file mode.
    private static let firstRun: (bytes: Data, mode: Int) = {
        let mlsd = MLSDSandbox(.inProcess)
        defer { mlsd.remove() }
        let result = try? mlsd.run(["cases"])
        precondition(result?.status == 0, "mlsd cases on a new database failed: \(result?.stderr ?? "")")
        let mode = (try? FileManager.default.attributesOfItem(atPath: mlsd.database)[.posixPermissions]) as? Int
        return (FileManager.default.contents(atPath: mlsd.database) ?? Data(), mode ?? 0o600)
    }()

    /// A new folder whose database already went through the first run: for tests that need many
    /// fresh databases and test what comes after the setup, not the setup itself.
    static func afterFirstRun(_ runner: Runner = .binary) -> MLSDSandbox {
        let mlsd = MLSDSandbox(runner)
        let made = FileManager.default.createFile(
            atPath: mlsd.database, contents: firstRun.bytes,
            attributes: [.posixPermissions: firstRun.mode])
        precondition(made, "cannot write \(mlsd.database)")
        return mlsd
    }

    /// In process, relative paths in `arguments` cannot be relative to `folder` (one process has
    /// one working folder): they land in a scratch folder shared by every run in process, never in
    /// the repository. Tests that run in process name the files they check by absolute path.
    @discardableResult
    func run(
        _ arguments: [String], input: String? = nil, environment extra: [String: String] = [:],
        unset: [String] = []
    ) throws -> Result {
        try run(arguments, inputData: input.map { Data($0.utf8) }, environment: extra, unset: unset)
    }

    func run(
        _ arguments: [String], inputData: Data?, environment extra: [String: String] = [:],
        unset: [String] = []
    ) throws -> Result {
        var env = environment.merging(extra) { $1 }
        for key in unset { env.removeValue(forKey: key) }
        guard runner == .binary else {
            _ = Self.scratchFolder
            let console = Console.capturing(input: inputData ?? Data())
            let status = MLSD.main(arguments: arguments, console: console, environment: env, clock: Date.init)
            return Result(status: status, stdout: console.output, stderr: console.errors, signalled: false)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: MLSDSandbox.binary)
        process.arguments = arguments
        // Anything a command writes to a relative path lands in the temporary folder.
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = env
        let out = Pipe(), err = Pipe(), inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        // Only the child reads its input: with our copy of the read end closed, a child that stops
        // reading early (an oversized answer) makes our write fail instead of blocking for ever.
        try? inPipe.fileHandleForReading.close()
        signal(SIGPIPE, SIG_IGN)
        // Read both pipes while writing, so a chatty process cannot block on a full pipe.
        let group = DispatchGroup()
        nonisolated(unsafe) var stdout = Data(), stderr = Data()
        blockingQueue().async(group: group) { stdout = out.fileHandleForReading.readDataToEndOfFile() }
        blockingQueue().async(group: group) { stderr = err.fileHandleForReading.readDataToEndOfFile() }
        if let inputData { try? inPipe.fileHandleForWriting.write(contentsOf: inputData) }
        try? inPipe.fileHandleForWriting.close()
        process.waitUntilExit()
        group.wait()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self),
            signalled: process.terminationReason == .uncaughtSignal)
    }

    /// The working folder of runs in process, entered once.
    private static let scratchFolder: String = {
        let folder = NSTemporaryDirectory() + "mlsd-in-process-\(getpid())"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        precondition(FileManager.default.changeCurrentDirectoryPath(folder), "cannot enter \(folder)")
        return folder
    }()

    /// The exit codes mlsd documents (0/1/64/65/66/74/75); 130 only comes from Ctrl-C.
    static let documentedExitCodes: Set<Int32> = [0, 1, 64, 65, 66, 74, 75]

    /// `PRAGMA integrity_check` as the sqlite3 shell reports it on this database.
    func integrity() throws -> String { try sql("PRAGMA integrity_check") }

    func count(_ query: String) throws -> Int { Int(try sql(query)) ?? -1 }

    /// Runs a query on the database with the sqlite3 command-line shell, as an outside check.
    func sql(_ query: String) throws -> String {
        try MLSDSandbox.sqlite(database, query)
    }

    static func sqlite(_ path: String, _ query: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [path, query]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

import Foundation

/// Runs the real `mlsd` binary, as a user would, with its own temporary database.
struct MLSDProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var signalled: Bool
    }

    /// The built binary: beside the test runner in the products folder, or $MLSD_BIN.
    static let binary: String = {
        if let path = ProcessInfo.processInfo.environment["MLSD_BIN"] { return path }
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = runner.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("mlsd").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/mlsd").path
    }()

    let folder: String
    var database: String { folder + "/mlsd.sqlite3" }
    var environment: [String: String]

    init() {
        folder = NSTemporaryDirectory() + "mlsd-e2e-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        environment = ["PATH": "/usr/bin:/bin", "HOME": folder, "MLSD_DB": folder + "/mlsd.sqlite3", "TERM": "dumb"]
    }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }

    /// A database as the first command leaves it (schema made, built-in content loaded), made once
    /// per test run, with its file mode.
    private static let firstRun: (bytes: Data, mode: Int) = {
        let mlsd = MLSDProcess()
        defer { mlsd.remove() }
        let result = try? mlsd.run(["cases"])
        precondition(result?.status == 0, "mlsd cases on a new database failed: \(result?.stderr ?? "")")
        let mode = (try? FileManager.default.attributesOfItem(atPath: mlsd.database)[.posixPermissions]) as? Int
        return (FileManager.default.contents(atPath: mlsd.database) ?? Data(), mode ?? 0o600)
    }()

    /// A new folder whose database already went through the first run: for tests that need many
    /// fresh databases and test what comes after the setup, not the setup itself.
    static func afterFirstRun() -> MLSDProcess {
        let mlsd = MLSDProcess()
        let made = FileManager.default.createFile(
            atPath: mlsd.database, contents: firstRun.bytes,
            attributes: [.posixPermissions: firstRun.mode])
        precondition(made, "cannot write \(mlsd.database)")
        return mlsd
    }

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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: MLSDProcess.binary)
        process.arguments = arguments
        // Anything a command writes to a relative path lands in the temporary folder.
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var env = environment.merging(extra) { $1 }
        for key in unset { env.removeValue(forKey: key) }
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
        DispatchQueue.global().async(group: group) { stdout = out.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { stderr = err.fileHandleForReading.readDataToEndOfFile() }
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

    /// Runs a query on the database with the sqlite3 command-line shell, as an outside check.
    func sql(_ query: String) throws -> String {
        try MLSDProcess.sqlite(database, query)
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

import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Input named on the command line: a file, or standard input (the console's) for `-`.
struct InputFile {
    /// How the input is named in messages: its path as typed, or "standard input".
    var name: String
    var input: LineInput
    /// The open file, closed by `close()`; nil for standard input.
    private var descriptor: Int32?

    static func open(_ argument: String, what: String, console: Console) throws -> InputFile {
        if argument == "-" { return InputFile(name: "standard input", input: console.input) }
        let fd = Glibc.open(argument, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw unreadable(argument, errno) }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            Glibc.close(fd)
            throw CLIError("cannot read '\(argument)': it is a folder; name a \(what) file", code: .noInput)
        }
        return InputFile(name: argument, input: LineInput(descriptor: fd), descriptor: fd)
    }

    /// The whole input read up to a limit plus one byte, so that "too large" can be told apart
    /// from "exactly at the limit".
    static func read(_ argument: String, limit: Int, what: String, console: Console) throws -> (
        name: String, bytes: [UInt8]
    ) {
        let file = try open(argument, what: what, console: console)
        defer { file.close() }
        let bytes = file.input.readAll(limit: limit)
        try file.checkRead()
        return (file.name, bytes)
    }

    /// Throws if reading stopped on an error rather than at the end: the input is incomplete.
    func checkRead() throws {
        if let failure = input.failure { throw Self.unreadable(name, failure) }
    }

    func close() {
        if let descriptor { Glibc.close(descriptor) }
    }

    private static func unreadable(_ name: String, _ code: Int32) -> CLIError {
        let reason = code == ENOENT ? "no such file" : String(cString: strerror(code)).lowercased()
        return CLIError("cannot read '\(name)': \(reason)", code: .noInput)
    }
}

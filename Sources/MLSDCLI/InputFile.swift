import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Bytes from a file named on the command line, or standard input for `-`, read up to a limit
/// plus one byte so that "too large" can be told apart from "exactly at the limit".
struct InputFile {
    /// How the input is named in messages: its path as typed, or "standard input".
    var name: String
    var bytes: [UInt8]

    static func read(_ argument: String, limit: Int, what: String) throws -> InputFile {
        if argument == "-" {
            return InputFile(
                name: "standard input", bytes: try readAll(STDIN_FILENO, name: "standard input", limit: limit))
        }
        let fd = open(argument, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw unreadable(argument, errno) }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            throw CLIError("cannot read '\(argument)': it is a folder; name a \(what) file", code: .noInput)
        }
        return InputFile(name: argument, bytes: try readAll(fd, name: argument, limit: limit))
    }

    private static func readAll(_ fd: Int32, name: String, limit: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while bytes.count <= limit {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw unreadable(name, errno)
            }
            if count == 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return bytes
    }

    private static func unreadable(_ name: String, _ code: Int32) -> CLIError {
        let reason = code == ENOENT ? "no such file" : String(cString: strerror(code)).lowercased()
        return CLIError("cannot read '\(name)': \(reason)", code: .noInput)
    }
}

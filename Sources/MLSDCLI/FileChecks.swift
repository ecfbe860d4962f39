import Foundation

/// Checks made on a path before mlsd creates or opens anything there.
enum FileChecks {
    /// True for anything at `path`, a dangling symbolic link included.
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Refuses a database path that is not a regular file or nothing yet. A dangling symbolic link
    /// would make SQLite create its target with the default mode, not 0600; a device such as
    /// /dev/null would take the writes and lose them, with journal files created beside it.
    static func databaseFile(_ path: String) throws {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        let fix = "point --db or MLSD_DB at a database file"
        if info.st_mode & S_IFMT == S_IFLNK, stat(path, &info) != 0 {
            throw CLIError(
                "\(path) is a symbolic link to a missing file; \(fix), or create the file the link names",
                code: .ioError)
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return
        case S_IFDIR: throw CLIError("\(path) is a folder, not a database file; \(fix)", code: .ioError)
        case S_IFCHR, S_IFBLK: throw CLIError("\(path) is a device, not a database file; \(fix)", code: .ioError)
        default: throw CLIError("\(path) is not a regular file; \(fix)", code: .ioError)
        }
    }
}

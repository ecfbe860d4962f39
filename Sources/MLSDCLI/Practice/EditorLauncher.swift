import Foundation
import MLSDCore

#if canImport(Glibc)
    import Glibc
#endif

/// `:edit`: opens the user's editor on the answer so far and reads it back.
///
/// The command is split into words and started directly (no shell), so an answer or a path can
/// never be run as a command. While it runs mlsd ignores SIGINT: Ctrl-C belongs to the editor,
/// and must not end the session behind its back.
struct EditorLauncher {
    let command: [String]

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// $VISUAL, else $EDITOR, else the editor setting, else vi. The environment is the user's own
    /// choice for this run; the setting comes from a file that may have come from elsewhere.
    init(setting: [String]?, environment: [String: String]) {
        let chosen = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }
            .map(EditorCommand.words).first { !$0.isEmpty }
        command = chosen ?? setting ?? ["vi"]
    }

    init(command: [String]) { self.command = command }

    /// Writes `text` to a private temporary file, runs the editor on it and returns what it holds
    /// after. The file is removed whatever happens.
    func edit(_ text: String, environment: [String: String]) throws -> String {
        let folder = environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((folder + "/mlsd-answer-XXXXXX.md").utf8CString)
        // mkstemps creates the file with mode 0600: the answer stays private.
        let fd = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, 3) }
        guard fd >= 0 else {
            throw Failure(
                description: "cannot create a temporary file in \(folder) (\(String(cString: strerror(errno))))")
        }
        let path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        defer { unlink(path) }
        let bytes = Array((text.isEmpty ? "" : text + "\n").utf8)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard written == bytes.count else { throw Failure(description: "cannot write the temporary file \(path)") }
        try run(command + [path], environment: environment)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(description: "the editor removed \(path); your answer is unchanged")
        }
        return String(decoding: data, as: UTF8.self)
    }

    private func run(_ arguments: [String], environment: [String: String]) throws {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // The child starts with SIGINT at its default, though mlsd ignores it meanwhile.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let status = try Signals.ignoringInterrupts { try spawnAndWait(arguments, environment, &attributes) }
        let exited = status & 0x7f == 0
        let exitCode = (status >> 8) & 0xff
        guard exited, exitCode == 0 else {
            throw Failure(description: "the editor '\(arguments[0])' did not exit cleanly; your answer is unchanged")
        }
    }

    /// The editor's wait status. It runs with mlsd's environment as given to `MLSD.main` (the
    /// process's own in the shell), and is looked up in that environment's PATH.
    private func spawnAndWait(
        _ arguments: [String], _ environment: [String: String], _ attributes: inout posix_spawnattr_t
    ) throws -> Int32 {
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var pid = pid_t()
        let code = posix_spawn(&pid, Self.executable(arguments[0], environment), nil, &attributes, &argv, &envp)
        guard code == 0 else {
            throw Failure(
                description:
                    "cannot start the editor '\(arguments[0])' (\(String(cString: strerror(code)))); "
                    + "choose one with 'mlsd config set editor nano' or set $EDITOR"
            )
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else {
                throw Failure(description: "lost track of the editor (\(String(cString: strerror(errno))))")
            }
        }
        return status
    }

    /// `name` itself when it holds a slash, else the first executable of that name on PATH (or
    /// the name, which then fails to start with ENOENT).
    static func executable(_ name: String, _ environment: [String: String]) -> String {
        guard !name.contains("/") else { return name }
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":", omittingEmptySubsequences: false)
        return folders.map { ($0.isEmpty ? "." : String($0)) + "/" + name }.first { access($0, X_OK) == 0 } ?? name
    }
}

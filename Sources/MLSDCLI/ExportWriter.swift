import Foundation
import MLSDCore

/// Writes exported documents into a folder: created if missing, never written outside of, and
/// no existing file replaced unless forced. Every check runs before the first file is written,
/// so a refused export leaves the folder as it was.
struct ExportWriter {
    var folder: String
    var force: Bool

    /// Writes every document, rendering each just before it is written so that only one is in
    /// memory at a time; `wrote` hears of each file (its path as the user would type it).
    func write(_ documents: [PendingDocument], wrote: (PendingDocument, String, Int) -> Void) throws {
        // Notes quote the user's answers: as private as the database, files 0600 in a new folder 0700.
        let previous = umask(0o077)
        defer { umask(previous) }
        try prepareFolder()
        let root = URL(fileURLWithPath: folder).standardizedFileURL.path
        let paths = try documents.map { document -> String in
            let path = (folder as NSString).appendingPathComponent(document.fileName)
            let parent = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent().path
            guard ExportFileName.isSafe(document.fileName), parent == root else {
                throw CLIError("refusing to write '\(document.fileName)' outside \(folder)", code: .failure)
            }
            return path
        }
        if !force {
            let existing = paths.filter(FileChecks.exists)
            if let first = existing.first {
                let more =
                    existing.count > 1 ? " and \(existing.count - 1) more file\(existing.count == 2 ? "" : "s")" : ""
                throw CLIError(
                    "\(first)\(more) already exist\(existing.count > 1 ? "" : "s"); pass --force to overwrite",
                    code: .failure)
            }
        }
        for (document, path) in zip(documents, paths) {
            var (text, attempts) = try document.render()
            let failure = text.withUTF8 { Self.save($0, to: path, replacing: force) }
            if let failure {
                throw CLIError(
                    "cannot write \(path) (\(String(cString: strerror(failure)))); "
                        + "check the folder or choose another with --out DIR",
                    code: .ioError)
            }
            wrote(document, path, attempts)
        }
    }

    /// Writes `bytes` to a new file at `path`, or with `replacing` through a temporary file renamed
    /// over it, so that no reader ever sees half a document. Returns the errno of a failure, having
    /// removed what it created. A new file is not synced (a crash loses nothing that was there, and
    /// an export of every case spent most of its time waiting on fsync); a replacement is synced
    /// before its rename, so a crash cannot swap a user's old notes for an empty file.
    static func save(_ bytes: UnsafeBufferPointer<UInt8>, to path: String, replacing: Bool) -> Int32? {
        let target =
            replacing
            ? "\((path as NSString).deletingLastPathComponent)/.\((path as NSString).lastPathComponent)"
                + ".\(getpid()).\(UInt32.random(in: 0...UInt32.max))"
            : path
        let fd = open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { return errno }
        var written = 0
        while written < bytes.count {
            let count = Glibc.write(fd, bytes.baseAddress! + written, bytes.count - written)
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return abandon(fd, target) }
            written += count
        }
        if replacing, fsync(fd) != 0 { return abandon(fd, target) }
        guard close(fd) == 0 else { return abandon(-1, target) }
        if replacing, rename(target, path) != 0 { return abandon(-1, target) }
        return nil
    }

    private static func abandon(_ fd: Int32, _ path: String) -> Int32 {
        let failure = errno
        if fd >= 0 { close(fd) }
        unlink(path)
        return failure
    }

    private func prepareFolder() throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw CLIError(
                    "cannot write to \(folder): it is a file, not a folder; choose a folder with --out DIR",
                    code: .ioError)
            }
        } else {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw CLIError(
                    "cannot create the folder \(folder) (\(Self.reason(error))); choose another with --out DIR",
                    code: .ioError)
            }
        }
        guard access(folder, W_OK | X_OK) == 0 else {
            throw CLIError(
                "cannot write to the folder \(folder) (\(String(cString: strerror(errno)))); "
                    + "choose another with --out DIR",
                code: .ioError)
        }
    }

    static func reason(_ error: any Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let code = underlying?.code, underlying?.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(code)))
        }
        return (error as NSError).localizedDescription
    }
}

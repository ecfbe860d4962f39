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
                let more = existing.count > 1 ? " and \(existing.count - 1) more file\(existing.count == 2 ? "" : "s")" : ""
                throw CLIError("\(first)\(more) already exist\(existing.count > 1 ? "" : "s"); pass --force to overwrite", code: .failure)
            }
        }
        for (document, path) in zip(documents, paths) {
            let (text, attempts) = try document.render()
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: force ? .atomic : .withoutOverwriting)
            } catch {
                throw CLIError("cannot write \(path) (\(Self.reason(error))); check the folder or choose another with --out DIR", code: .ioError)
            }
            wrote(document, path, attempts)
        }
    }

    private func prepareFolder() throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw CLIError("cannot write to \(folder): it is a file, not a folder; choose a folder with --out DIR", code: .ioError)
            }
        } else {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw CLIError("cannot create the folder \(folder) (\(Self.reason(error))); choose another with --out DIR", code: .ioError)
            }
        }
        guard access(folder, W_OK | X_OK) == 0 else {
            throw CLIError("cannot write to the folder \(folder) (\(String(cString: strerror(errno)))); choose another with --out DIR", code: .ioError)
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

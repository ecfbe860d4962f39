import Foundation
import MLSDStore

/// `mlsd backup [PATH]`: a consistent copy of the database, safe while mlsd runs elsewhere.
enum BackupCommand {
    static let spec = CommandSpec(
        name: "backup",
        abstract: "Copy the database to a backup file.",
        discussion:
            "Uses SQLite's online backup, so the copy is consistent even while another mlsd is writing. "
            + "Without PATH the copy goes to a 'backups' folder beside the database.",
        arguments: [ArgumentSpec(name: "path", help: "Where to write the copy (must not exist).", optional: true)],
        options: [.json],
        run: run
    )

    struct Report: Encodable {
        var path: String
        var bytes: Int
    }

    static func run(_ invocation: Invocation, _ context: Context) throws {
        let store = try context.store()
        let chosen = invocation.argument(0)
        // lstat, not fileExists: a dangling symbolic link would be followed and its target created.
        if let chosen, FileChecks.exists(chosen) {
            throw CLIError("\(chosen) already exists; choose another path or remove it first", code: .failure)
        }
        let target: String
        do {
            if let chosen {
                try store.db.backup(to: chosen)
                target = chosen
            } else {
                target = try store.db.backup(
                    toNewFile: try defaultStem(for: store.db.path, now: context.now), suffix: ".sqlite3")
            }
        } catch let error as SQLiteError where error.isCannotOpen {
            throw CLIError(
                "cannot write the backup to \(chosen ?? "the backups folder") (\(error.message)); "
                    + "choose a writable folder",
                code: .ioError)
        }
        let copy = try Database(path: target, readOnly: true)
        let problems = try copy.integrityCheck()
        guard problems.isEmpty else {
            throw CLIError(
                "the backup at \(target) failed its integrity check (\(problems[0])); run 'mlsd doctor'", code: .ioError
            )
        }
        let bytes = (try? FileManager.default.attributesOfItem(atPath: target)[.size] as? Int) ?? 0
        if invocation.json { return try context.printJSON(Report(path: target, bytes: bytes)) }
        context.console.line("Backed up to \(target) (\(bytes / 1024) KB). Restore it with 'mlsd restore \(target)'.")
    }

    /// backups/mlsd-YYYYMMDD-HHMMSS; a second backup within that second gets '-2', and so on.
    static func defaultStem(for database: String, now: Date) throws -> String {
        let folder = (database as NSString).deletingLastPathComponent + "/backups"
        try DatabasePath.prepareFolder(for: folder + "/x")
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return "\(folder)/mlsd-\(formatter.string(from: now))"
    }
}

import Foundation
import MLSDStore

/// `mlsd restore PATH`: replaces the database with a backup, after checking the backup and
/// keeping the current file aside.
enum RestoreCommand {
    static let spec = CommandSpec(
        name: "restore",
        abstract: "Replace the database with a backup.",
        discussion:
            "Checks the backup first (is it SQLite, does it pass integrity_check, "
            + "is its schema a complete one this mlsd knows), then keeps the current database as "
            + "'<database>.before-restore-<time>.bak' before replacing it. Triggers, views, "
            + "tables and indexes that mlsd's schema does not define are dropped from the restored copy (the "
            + "backup file is not changed), and named.",
        arguments: [ArgumentSpec(name: "path", help: "The backup file to restore.")],
        options: [.json],
        run: run
    )

    struct Report: Encodable {
        var restored: String
        var database: String
        var previous: String?
        var dropped: [String]
    }

    static func run(_ invocation: Invocation, _ context: Context) throws {
        let source = invocation.arguments[0]
        let target = try context.databasePath()
        guard FileManager.default.isReadableFile(atPath: source) else {
            throw CLIError("cannot read the backup \(source); check the path", code: .noInput)
        }
        try DatabasePath.prepareFolder(for: target)
        let report: RestoreReport
        do {
            report = try Store.restore(from: source, into: target, now: context.now)
        } catch let refused as BackupRefused {
            throw CLIError("\(source) \(refused.reason); nothing was changed", code: .dataError)
        }
        let previous = report.previous, dropped = report.dropped.map(\.description)
        // Opening through the store migrates an older backup and brings content up to date.
        _ = try context.store()
        if invocation.json {
            return try context.printJSON(
                Report(
                    restored: source, database: target, previous: previous,
                    dropped: dropped))
        }
        context.console.line("Restored \(source) into \(target).")
        if let previous { context.console.line("The database it replaced was kept as \(previous).") }
        if !dropped.isEmpty {
            context.console.line(
                "Not restored, as mlsd's schema does not define them: \(dropped.joined(separator: ", ")).")
        }
    }
}

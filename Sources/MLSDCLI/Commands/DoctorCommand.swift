import Foundation
import MLSDContent
import MLSDStore

/// `mlsd doctor`: checks the database and, with --repair, fixes what is safe after a backup.
enum DoctorCommand {
    static let spec = CommandSpec(
        name: "doctor",
        abstract: "Check the database for damage and fix what is safe to fix.",
        discussion: """
            Checks integrity, references between rows, the schema (its version, and tables, indexes, triggers
            or views it does not define), built-in content, cards whose rubric point is gone, stored settings,
            file modes and free disk space. With --repair, copies the database aside first, then fixes what
            cannot lose anything you wrote: it drops foreign triggers, views and indexes (foreign tables are
            kept), puts mlsd's own triggers back where a file redefined them, re-attaches answers whose
            session was lost (or keeps them in a file beside the database), resets invalid settings, and sets
            the file to mode 600. It never changes a folder.
            Exits 1 when a failure remains.
            """,
        options: [OptionSpec(.repair, help: "Fix what can be fixed safely (after a backup)."), .json],
        run: run
    )

    struct Report: Encodable {
        var database: String
        var findings: [HealthFinding]
        var backup: String?
        /// Where answers whose session was lost, and whose case could not be told, were kept.
        var orphanedAnswers: String?
        var healthy: Bool
    }

    static func run(_ invocation: Invocation, _ context: Context) throws {
        let path = try context.databasePath()
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIError("no database at \(path) yet; run 'mlsd' once to create it", code: .noInput)
        }
        // Another application's file, or a newer mlsd's, is refused before anything can change it.
        try DatabaseFileCheck.run(at: path)
        let db = try Database(path: path)
        let check = HealthCheck(db: db, contentHash: BuiltinContent.hash)
        var findings = try check.run()
        var backup: String?
        var aside: String?
        if invocation.flag(.repair), findings.contains(where: { $0.status != .ok && $0.repairable }) {
            let copy = "\(path).before-repair-\(Int(context.now.timeIntervalSince1970)).bak"
            try db.backup(to: copy)
            backup = copy
            aside = try check.repair(findings, now: context.now, content: Context.builtinContent)
            findings = try check.run()
        }
        let healthy = !findings.contains { $0.status == .failure }
        if invocation.json {
            try context.printJSON(
                Report(database: path, findings: findings, backup: backup, orphanedAnswers: aside, healthy: healthy))
        } else {
            print(findings, path: path, backup: backup, repairing: invocation.flag(.repair), context)
            if let aside { context.console.line("Answers whose session was lost were kept in \(aside).") }
        }
        if !healthy { throw CLIError("the database has problems that need attention (see above)", code: .failure) }
    }

    static func print(_ findings: [HealthFinding], path: String, backup: String?, repairing: Bool, _ context: Context) {
        let style = context.style
        context.console.line(style.bold("Database: ") + path)
        for finding in findings {
            let mark =
                switch finding.status {
                case .ok: style.green("ok  ")
                case .warning: style.yellow("warn")
                case .failure: style.red("FAIL")
                }
            context.console.line(
                "\(mark)  \(finding.check.padding(toLength: 13, withPad: " ", startingAt: 0)) \(finding.detail)")
            if finding.status != .ok, !finding.fix.isEmpty {
                let how = finding.repairable && !repairing ? " (mlsd doctor --repair)" : ""
                context.console.line("      \(String(repeating: " ", count: 13)) fix: \(finding.fix)\(how)")
            }
        }
        if let backup { context.console.line("\nRepaired after copying the database to \(backup)") }
    }
}

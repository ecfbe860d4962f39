import Foundation
import MLSDCore
import MLSDStore

/// The command line's entry point: parse, dispatch, and turn every failure into one clear line
/// and an exit code. Nothing below this throws past it.
public enum MLSD {
    public static let version = "0.1.0"

    /// Runs one command line against `console`, `environment` and `clock` (the process's own in
    /// the shell; captured ones in tests) and returns the exit code. Signals are the shell's
    /// business (`Signals.install`), so this runs in any process.
    public static func main(
        arguments: [String], console: Console, environment: [String: String],
        clock: @escaping () -> Date
    ) -> Int32 {
        var databasePath = "the database"
        do {
            if arguments == ["--version"] {
                console.line("mlsd \(version)")
                return ExitCode.ok.rawValue
            }
            let invocation = try ArgumentParser.parse(arguments, root: Commands.root)
            databasePath =
                (try? DatabasePath.resolve(flag: invocation.value(.db), environment: environment)) ?? databasePath
            if invocation.flag(.help) {
                console.write(HelpFormatter.help(invocation.spec, width: console.width))
                return ExitCode.ok.rawValue
            }
            let context = Context(
                console: console, environment: environment,
                clock: try Clock.from(environment: environment, otherwise: clock), invocation: invocation)
            try invocation.spec.run?(invocation, context)
            return ExitCode.ok.rawValue
        } catch let error as CLIError {
            console.error(HelpFormatter.error(error))
            return error.code.rawValue
        } catch {
            let failure = ErrorReport.describe(error, path: databasePath)
            console.error("mlsd: \(failure.message)\n")
            return failure.code.rawValue
        }
    }
}

/// Maps errors from the layers below to a message that names the file and the fix.
enum ErrorReport {
    /// A write refused for want of space; `kept` says what is safe, since commands that commit as
    /// they go (practice, review) keep everything before the failed write.
    static func diskFull(_ error: SQLiteError, path: String, kept: String, then next: String) -> CLIError {
        CLIError(
            "could not write \(path): the disk is full or the file is too large (\(error.message)); \(kept): "
                + "free some space and \(next)",
            code: .ioError)
    }

    static func describe(_ error: any Error, path: String) -> CLIError {
        switch error {
        case let error as SQLiteError:
            if error.isBusy {
                return CLIError(
                    "the database is busy: another mlsd is writing to it; try again in a moment", code: .busy)
            }
            if error.isNotADatabase { return damaged(path, error.message) }
            if error.isFull || error.isIOError {
                // The transaction was rolled back, so what was saved before this command is intact.
                return diskFull(
                    error, path: path, kept: "nothing from this command was saved, earlier data is intact",
                    then: "try again")
            }
            if error.isCannotOpen {
                return CLIError(
                    "cannot open \(path) (\(error.message)); check that its folder exists and is writable, "
                        + "or choose another file with --db PATH",
                    code: .ioError)
            }
            return CLIError("database error while \(error.context): \(error.message)", code: .ioError)
        case DatabaseFileError.damaged(let detail):
            return damaged(path, detail)
        case DatabaseFileError.foreign(let detail):
            return CLIError(
                "\(path) is not an mlsd database: it is \(detail); it was left untouched: "
                    + "pass --db PATH or set MLSD_DB to use another file",
                code: .dataError)
        case let error as SchemaTooNewError:
            return CLIError(
                "\(path) was made by a newer mlsd (schema \(error.found), this mlsd knows \(error.supported)); "
                    + "it was left untouched: upgrade mlsd, or pass --db PATH to use another file",
                code: .dataError)
        case let error as ForeignSchemaError:
            return CLIError(
                "\(path) holds \(SchemaCheck.list(error.objects)), "
                    + "which mlsd did not write and which would run on its next write; "
                    + "it was left untouched: 'mlsd doctor --repair' copies it aside, then drops them "
                    + "(or puts mlsd's own back where they took its names)",
                code: .dataError)
        case let error as ContentError:
            return CLIError(
                "built-in content is invalid: \(error); this is a bug in this build of mlsd", code: .failure)
        case let error as SettingError:
            return CLIError("\(error)", code: .usage)
        default:
            return CLIError("\(error)", code: .failure)
        }
    }

    /// Only for damage SQLite confirmed: restoring a backup could otherwise cost newer data.
    static func damaged(_ path: String, _ detail: String) -> CLIError {
        CLIError(
            "\(path) is not an mlsd database or is damaged (\(detail)); it was left untouched: "
                + "restore a backup with 'mlsd restore PATH' or use another file with --db PATH",
            code: .dataError)
    }
}

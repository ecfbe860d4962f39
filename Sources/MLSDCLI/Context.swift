import Foundation
import MLSDContent
import MLSDCore
import MLSDStore

/// What a command may touch of the outside world: the console, the environment, the clock and
/// the database. Commands receive it instead of reaching for globals, so the shell stays thin.
final class Context {
    let console: Console
    let environment: [String: String]
    let clock: () -> Date
    var style: Style { didSet { console.styles = style.enabled ? Style.codes : [] } }
    private let databaseFlag: String?
    private var openedStore: Store?

    init(console: Console, environment: [String: String], clock: @escaping () -> Date, invocation: Invocation) {
        self.console = console
        self.environment = environment
        self.clock = clock
        self.databaseFlag = invocation.value(.db)
        style = Style.decide(
            isTerminal: console.stdoutIsTerminal, environment: environment,
            noColorFlag: invocation.flag(.noColor))
        console.styles = style.enabled ? Style.codes : []
    }

    var now: Date { clock() }

    static var builtinContent: ContentBundle {
        ContentBundle(hash: BuiltinContent.hash, documents: BuiltinContent.documents)
    }

    func databasePath() throws -> String {
        try DatabasePath.resolve(flag: databaseFlag, environment: environment)
    }

    /// Opens the database on first use: migrating it and synchronising built-in content if needed.
    func store() throws -> Store {
        if let openedStore { return openedStore }
        let path = try databasePath()
        try FileChecks.databaseFile(path)
        try DatabasePath.prepareFolder(for: path)
        let store = try Store(path: path, content: Context.builtinContent, now: now)
        if let backup = store.migrationBackup {
            console.error("mlsd: upgraded the database schema; the previous file was kept as \(backup)\n")
        }
        openedStore = store
        return store
    }

    /// The stored settings, each validated as it is read: a value that fails (edited by hand, or
    /// from a restored file) is never used; its default is, with a warning naming the fix.
    func settings() throws -> Settings {
        let settings = try store().settings.load()
        for key in settings.ignored.sorted(by: { $0.rawValue < $1.rawValue }) {
            console.error(
                "mlsd: ignoring the stored setting \(key.rawValue), which is not \(key.allowed); using its default. "
                    + "'mlsd config unset \(key.rawValue)' or 'mlsd doctor --repair' removes it\n")
        }
        return settings
    }

    /// Loads a case by id, or fails with a did-you-mean naming the known ids.
    func loadCase(_ id: String) throws -> CaseStudy {
        let store = try store()
        if let study = try store.cases.load(id), try store.cases.ids().contains(id) { return study }
        throw CLIError.unknown("case", id, among: try store.cases.ids(), see: "mlsd cases")
    }

    func printJSON<T: Encodable>(_ value: T) throws {
        console.line(try JSONOutput.string(value))
    }
}

/// JSON as every command prints it: sorted keys, ISO 8601 UTC dates, slashes unescaped.
enum JSONOutput {
    static func string<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return escapingInvisible(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// The encoder escapes C0 controls but writes C1 controls and bidirectional overrides as they
    /// are; as \u escapes they mean the same to a JSON reader and nothing to a terminal.
    static func escapingInvisible(_ json: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            switch scalar.value {
            case 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069:
                result.append(contentsOf: String(format: "\\u%04x", scalar.value).unicodeScalars)
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}

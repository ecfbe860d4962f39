import Foundation
import Testing

@testable import MLSDCLI

/// Rules every entry of the command table keeps, so a new command cannot forget one.
@Suite struct CommandTableTests {
    static var all: [CommandSpec] {
        var specs: [CommandSpec] = []
        func walk(_ spec: CommandSpec) { specs.append(spec); spec.subcommands.forEach(walk) }
        walk(Commands.root)
        return specs
    }

    @Test func namesAreUniqueAndTypeable() {
        for spec in Self.all {
            let names = spec.subcommands.map(\.name)
            #expect(Set(names).count == names.count, "'mlsd \(spec.path)' has two subcommands of one name: \(names)")
            for name in names {
                #expect(name.allSatisfy { $0.isLowercase || $0 == "-" } && !name.isEmpty, "'\(name)'")
            }
        }
    }

    @Test func everyCommandHasHelpAndRunsOrHasSubcommands() {
        for spec in Self.all {
            #expect(
                spec.allOptions.contains { $0.key == .help && $0.short == "h" }, "'mlsd \(spec.path)' has no --help")
            #expect(spec.run != nil || !spec.visibleSubcommands.isEmpty, "'mlsd \(spec.path)' does nothing")
            #expect(
                !spec.abstract.isEmpty && spec.abstract.hasSuffix("."),
                "'mlsd \(spec.path)': abstract '\(spec.abstract)'")
        }
    }

    @Test func optionsAreUniqueAndRequiredOnesTakeAValue() {
        for spec in Self.all {
            let names = spec.allOptions.map(\.name), shorts = spec.allOptions.compactMap(\.short)
            #expect(Set(names).count == names.count, "'mlsd \(spec.path)' repeats an option: \(names)")
            #expect(Set(shorts).count == shorts.count, "'mlsd \(spec.path)' repeats a short option: \(shorts)")
            for option in spec.options where option.required {
                #expect(option.value != nil, "'mlsd \(spec.path) --\(option.name)' is a required flag")
            }
        }
    }

    /// `--json` means one thing everywhere: the shared option, so its help states the conventions.
    @Test func everyJSONOptionIsTheDocumentedOne() {
        for spec in Self.all {
            for option in spec.allOptions where option.key == .json {
                #expect(option.help == OptionSpec.json.help && option.value == nil, "'mlsd \(spec.path) --json'")
            }
        }
    }

    @Test func everyOptionKeyIsUsed() {
        let used = Set(Self.all.flatMap { $0.allOptions.map(\.key) })
        #expect(
            Set(OptionKey.allCases).subtracting(used).isEmpty,
            "keys no command takes: \(Set(OptionKey.allCases).subtracting(used))")
    }

    /// Only the last argument may take every remaining word, and required ones come first.
    @Test func argumentsAreOrdered() {
        for spec in Self.all {
            let arguments = spec.arguments
            #expect(arguments.dropLast().allSatisfy { !$0.variadic }, "'mlsd \(spec.path)'")
            let firstOptional = arguments.firstIndex { $0.optional } ?? arguments.endIndex
            #expect(
                arguments[firstOptional...].allSatisfy { $0.optional },
                "'mlsd \(spec.path)': a required argument after an optional one")
            #expect(
                arguments.isEmpty || spec.subcommands.isEmpty, "'mlsd \(spec.path)' mixes arguments and subcommands")
        }
    }

    /// The README's tour names every command a user can type after `mlsd` (subcommands are
    /// left to each command's --help).
    @Test func everyVisibleCommandIsInTheReadme() throws {
        let readme = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md"),
            encoding: .utf8)
        for entry in CommandTable.entries() where !entry.path.isEmpty && !entry.path.contains(" ") {
            #expect(readme.contains("mlsd \(entry.path)"), "README.md never shows 'mlsd \(entry.path)'")
        }
    }
}

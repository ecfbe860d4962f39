import MLSDCore

/// The command table flattened for generators (completion scripts, the man page): every visible
/// command path with its options, and the words a value of each kind may take.
enum CommandTable {
    struct Entry {
        /// "config set"; "" for mlsd itself.
        var path: String
        var spec: CommandSpec
    }

    /// mlsd itself, then every visible command, depth first, in table order.
    static func entries(_ root: CommandSpec = Commands.root) -> [Entry] {
        var result: [Entry] = []
        func walk(_ spec: CommandSpec) {
            result.append(Entry(path: spec.path, spec: spec))
            spec.visibleSubcommands.forEach(walk)
        }
        walk(root)
        return result
    }

    /// The case ids shipped in the binary, sorted (imported cases differ per database).
    static var caseIDs: [String] { PackInput.builtinIDs.sorted() }
    static var stepIDs: [String] { StepID.allCases.map(\.rawValue) }

    /// What a value named `name` (an option's placeholder or an argument) completes to.
    enum ValueKind { case caseID, step, file, shell, none }

    static func kind(of name: String) -> ValueKind {
        switch name {
        case "case": .caseID
        case "step": .step
        case "file", "path", "dir", "pack", "backup": .file
        case "shell": .shell
        default: .none
        }
    }

    static let shells = ["bash", "zsh", "fish"]

    /// The words for a kind, or nil for files and free values.
    static func words(_ kind: ValueKind) -> [String]? {
        switch kind {
        case .caseID: caseIDs
        case .step: stepIDs
        case .shell: shells
        case .file, .none: nil
        }
    }
}

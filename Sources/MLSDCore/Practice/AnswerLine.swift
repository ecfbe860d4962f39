import Foundation

/// How one typed line is read while an answer is being written: text, the end of the answer, or
/// one of the commands that may start a line (`:hint`, `:skip`, ...).
public enum AnswerLine: Sendable, Equatable {
    case text(String)
    /// A line holding only `.`.
    case end
    case command(AnswerCommand)
    /// Looked like a command but is not one; `suggestion` is the closest real one.
    case unknownCommand(String, suggestion: AnswerCommand?)

    public init(_ line: String) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed == "." { self = .end; return }
        // Only a lone word after the colon is a command, so prose like ": see above" or ":)" stays text.
        guard trimmed.hasPrefix(":"), trimmed.count > 1,
            trimmed.dropFirst().allSatisfy({ $0.isLetter })
        else {
            self = .text(line)
            return
        }
        let name = trimmed.dropFirst().lowercased()
        if let command = AnswerCommand(rawValue: name) {
            self = .command(command)
        } else {
            let close = Suggestions.closest(to: name, in: AnswerCommand.allCases.map(\.rawValue)).first
            self = .unknownCommand(String(trimmed), suggestion: close.flatMap(AnswerCommand.init(rawValue:)))
        }
    }
}

public enum AnswerCommand: String, CaseIterable, Sendable {
    case hint, skip, edit, back, quit, help, more, outline

    public var summary: String {
        switch self {
        case .hint: "show the next hint for this step"
        case .skip: "move on without answering this step"
        case .edit: "write the answer in your editor ($VISUAL, $EDITOR or 'mlsd config set editor')"
        case .back: "go back to the previous step and answer it again"
        case .quit: "save and stop; 'mlsd practice --resume' continues later"
        case .help: "show these commands"
        case .more: "show all of the last feedback (every point, dismissal and pitfall)"
        case .outline: "show the model answer of the step you just answered beside your answer"
        }
    }
}

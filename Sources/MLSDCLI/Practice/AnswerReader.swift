import Foundation
import MLSDCore

/// Reads one multi-line answer: lines until a line holding only `.`, or the end of input (Ctrl-D),
/// kept within the answer limit. Practice handles the `:` commands on the way (`read`); review
/// and score take every line as text (`readText`). Works the same on a terminal, on piped input
/// and on a file.
struct AnswerReader {
    enum Outcome: Equatable {
        /// The answer was ended with `.` or Ctrl-D; it may be empty.
        case submitted(String)
        case skip
        case back
        /// `:quit`; the text typed so far comes along so it can be kept.
        case quit(String)
        /// Input ended with nothing typed: the same as `:quit`, said differently.
        case endOfInput
    }

    /// What the commands do at this prompt; a nil handler means the command is not offered here.
    struct Handlers {
        var hint: (() -> Void)?
        var status: (() -> Void)?
        var allowed: Set<AnswerCommand>
        /// `:more`: the full form of the feedback just shown.
        var more: (() -> Void)? = nil
        /// Shows the last answered step's model answer beside the user's (`:outline`).
        var outline: (() -> Void)? = nil
    }

    let console: Console
    let style: Style
    let editor: () -> EditorLauncher
    let environment: [String: String]
    /// Where the lines come from when not from the console: an answer file (`mlsd score --file`).
    var file: LineInput? = nil
    /// Notices go between the session's text; `mlsd score` sends them to standard error, away
    /// from its report, which may be JSON.
    var noticesToStandardError = false

    func read(_ handlers: Handlers) -> Outcome {
        var draft = AnswerDraft()
        var prompt = true
        while true {
            guard let line = nextLine(prompt: prompt) else {
                return draft.isBlank ? .endOfInput : .submitted(draft.text)
            }
            let kind = AnswerLine(line)
            // The mark goes before the first line and after a command's output only: lines pasted
            // together are echoed before mlsd can print anything, and marks would pile up after them.
            if case .text = kind { prompt = false } else { prompt = true }
            switch kind {
            case .end:
                return .submitted(draft.text)
            case .text(let text):
                if !keep(text, in: &draft) { return .submitted(draft.text) }
            case .unknownCommand(let word, let suggestion):
                let hint = suggestion.map { " (did you mean ':\($0.rawValue)'?)" } ?? ""
                console.line(style.yellow("Unknown command '\(word)'\(hint); type :help. That line was not added."))
            case .command(.outline) where handlers.outline == nil:
                console.line(style.yellow("':outline' comes after a step's feedback: answer a step first."))
            case .command(let command) where command != .outline && !handlers.allowed.contains(command):
                console.line(style.yellow("':\(command.rawValue)' is not available here; type :help."))
            case .command(let command):
                switch command {
                case .skip: return .skip
                case .back:
                    if !draft.isBlank { console.line(style.yellow("The text you typed here was not saved.")) }
                    return .back
                case .quit: return .quit(draft.text)
                case .help: showHelp(handlers.allowed, outline: handlers.outline != nil)
                case .hint: handlers.hint?()
                case .more:
                    if let more = handlers.more {
                        more()
                    } else {
                        console.line(style.yellow("No feedback to show yet."))
                    }
                case .edit: edit(&draft)
                case .outline: handlers.outline?()
                }
                if command != .skip { handlers.status?() }
            }
        }
    }

    static let limitText = "1 MB"

    /// The next line, or nil at end of input. On a terminal Ctrl-D only ends the current answer
    /// (the console reads again at the next prompt); a pipe's end is final.
    func nextLine(prompt: Bool = false) -> String? {
        // On a terminal the answer gets a mark, so what the user types stands apart from mlsd's text.
        if prompt, console.isInteractive { console.write(style.dim("> ")) }
        guard let file else {
            let line = console.readLine()
            // Ctrl-D echoes nothing: end the line the cursor is on before mlsd writes again.
            if line == nil, console.isInteractive { console.line() }
            return line
        }
        return file.readLine()
    }

    /// The answer from the next line on, every line taken as text; empty at the end of input.
    func readText() -> String {
        nextLine().map(readText(from:)) ?? ""
    }

    /// The answer that starts with `first`, every line taken as text.
    func readText(from first: String) -> String {
        var draft = AnswerDraft()
        var line: String? = first
        while let text = line, AnswerLine(text) != .end, keep(text, in: &draft) {
            line = nextLine()
        }
        return draft.text
    }

    /// Adds a line to the answer. At the limit it says so and reads on to the answer's end
    /// (what passes the limit is read and left out, not kept), and returns false.
    private func keep(_ line: String, in draft: inout AnswerDraft) -> Bool {
        guard !draft.append(line: line) else { return true }
        let notice = style.yellow(
            "Your answer reached the \(Self.limitText) limit; the rest is left out. End it with '.'.")
        if noticesToStandardError { console.error(notice + "\n") } else { console.line(notice) }
        drainUntilEnd()
        return false
    }

    private func drainUntilEnd() {
        while let line = nextLine(), AnswerLine(line) != .end {}
    }

    private func edit(_ draft: inout AnswerDraft) {
        let launcher = editor()
        do {
            let text = try launcher.edit(draft.text, environment: environment)
            draft.replace(with: text)
            if draft.truncated {
                console.line(
                    style.yellow(
                        "The file passed the \(Self.limitText) limit; the answer keeps its first \(Self.limitText)."))
            }
            let words = AnswerDraft.wordCount(draft.text)
            console.line(
                style.dim(
                    ProseLayout.wrap(
                        "Back from the editor: your answer has \(words) word\(words == 1 ? "" : "s"). "
                            + "Type '.' to submit it, add more lines, or :edit again.",
                        width: console.width)))
        } catch {
            console.line(style.yellow("mlsd: \(error)"))
        }
    }

    private func showHelp(_ allowed: Set<AnswerCommand>, outline: Bool) {
        console.line(
            ProseLayout.wrap(
                "End an answer with a line holding only '.', or press Ctrl-D. Commands, alone at the start of a line:",
                width: console.width))
        for command in AnswerCommand.allCases where allowed.contains(command) || (command == .outline && outline) {
            console.line(
                ProseLayout.wrap(
                    command.summary, width: console.width,
                    first: "  :\(command.rawValue.padding(toLength: 6, withPad: " ", startingAt: 0)) ",
                    rest: String(repeating: " ", count: 10)))
        }
    }
}

import Foundation
import MLSDCore

/// `:outline`: a step's model answer beside what the user wrote, so the two can be compared right
/// after trying ("design it before reading the solution"). Side by side when the terminal is wide
/// enough for two readable columns, one after the other otherwise.
struct OutlineView {
    let console: Console
    let style: Style

    /// Two columns need this many terminal columns: two of 48 and the rule between them.
    static let sideBySideFrom = 100
    static let gutter = " │ "

    func show(step: StepID, content: Step, answer: String) {
        let width = console.width
        console.line()
        console.line(style.bold("Step \(step.number), \(step.title): your answer and the model answer"))
        let yours = Self.paragraphs(answer)
        let model = content.outline
        if width >= Self.sideBySideFrom {
            let column = (min(width, 2 * ProseLayout.maximumWidth) - Self.gutter.count) / 2
            let left = ["Your answer"] + yours.flatMap { Self.wrap($0, column, first: "", rest: "") }
            let right = ["Model answer"] + model.flatMap { Self.wrap($0, column, first: "• ", rest: "  ") }
            for row in 0..<max(left.count, right.count) {
                let l = row < left.count ? left[row] : "", r = row < right.count ? right[row] : ""
                let line =
                    TerminalLayout.pad(row == 0 ? style.dim(l) : l, column) + style.dim(Self.gutter)
                    + (row == 0 ? style.dim(r) : r)
                console.line(String(line.reversed().drop(while: { $0 == " " }).reversed()))
            }
        } else {
            let column = min(width, ProseLayout.maximumWidth)
            console.line(style.dim("Your answer"))
            for paragraph in yours {
                for line in Self.wrap(paragraph, column, first: "  ", rest: "  ") { console.line(line) }
            }
            console.line(style.dim("Model answer"))
            for bullet in model {
                for line in Self.wrap(bullet, column, first: "  • ", rest: "    ") { console.line(line) }
            }
        }
        console.line()
    }

    /// The answer's lines as paragraphs, a blank line kept as an empty one.
    static func paragraphs(_ answer: String) -> [String] {
        answer.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
    }

    /// Wrapped to exactly `width` columns at most: a word longer than a column is cut, since a
    /// column cannot overflow into its neighbour.
    static func wrap(_ text: String, _ width: Int, first: String, rest: String) -> [String] {
        let room = max(1, width - rest.count)
        let words = text.split(whereSeparator: \.isWhitespace).flatMap { word -> [String] in
            stride(from: 0, to: word.count, by: room).map { start in
                let from = word.index(word.startIndex, offsetBy: start)
                return String(
                    word[from..<(word.index(from, offsetBy: room, limitedBy: word.endIndex) ?? word.endIndex)])
            }
        }
        guard !words.isEmpty else { return [""] }
        return ProseLayout.wrap(words.joined(separator: " "), width: width, first: first, rest: rest)
            .components(separatedBy: "\n")
    }
}

import MLSDCore
import Testing

@Suite struct AnswerInputTests {
    @Test func linesAreTextEndOrCommands() {
        #expect(AnswerLine(".") == .end)
        #expect(AnswerLine("  .  ") == .end)
        #expect(AnswerLine("..") == .text(".."))
        #expect(AnswerLine(":hint") == .command(.hint))
        #expect(AnswerLine("  :QUIT ") == .command(.quit))
        #expect(AnswerLine(":edit") == .command(.edit))
        #expect(AnswerLine(":hnit") == .unknownCommand(":hnit", suggestion: .hint))
        #expect(AnswerLine(":xyzzy") == .unknownCommand(":xyzzy", suggestion: nil))
    }

    @Test func proseThatStartsWithAColonIsText() {
        #expect(AnswerLine(": see above") == .text(": see above"))
        #expect(AnswerLine(":)") == .text(":)"))
        #expect(AnswerLine(":hint please") == .text(":hint please"))
        #expect(AnswerLine(":") == .text(":"))
        #expect(AnswerLine("we :skip nothing") == .text("we :skip nothing"))
    }

    @Test func draftsJoinLinesAndStopAtTheLimit() {
        var draft = AnswerDraft()
        #expect(draft.isBlank)
        draft.append(line: "first")
        draft.append(line: "")
        draft.append(line: "second")
        #expect(draft.text == "first\n\nsecond")
        let big = String(repeating: "é", count: AnswerDraft.byteLimit / 2)  // 2 bytes each: exactly the limit
        var full = AnswerDraft()
        let accepted = full.append(line: "x" + big)
        #expect(!accepted)
        #expect(full.truncated)
        #expect(full.byteCount <= AnswerDraft.byteLimit)
        #expect(full.byteCount >= AnswerDraft.byteLimit - 1)
        #expect(full.text.unicodeScalars.allSatisfy { $0 != "\u{FFFD}" })
    }

    @Test func editorTextIsTrimmedAndCut() {
        #expect(AnswerDraft("answer\n\n").text == "answer")
        let cut = AnswerDraft(String(repeating: "a", count: AnswerDraft.byteLimit + 10))
        #expect(cut.truncated)
        #expect(cut.byteCount == AnswerDraft.byteLimit)
    }

    @Test func wordsAreCounted() {
        #expect(AnswerDraft.wordCount("") == 0)
        #expect(AnswerDraft.wordCount("p99 latency < 200ms, for 2B users!") == 6)
        #expect(AnswerDraft.wordCount("déjà-vu naïve") == 3)
    }
}

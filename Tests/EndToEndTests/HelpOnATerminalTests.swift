import Foundation
import Testing

@testable import MLSDTestSupport

/// Help on a terminal: every help text wraps at the terminal's width and never inside a word.
/// The rest of what must fit is in MLSDCLITests' TextFitsTests.
@Suite struct HelpOnATerminalTests {
    /// The words of a help text, whatever the wrapping: a word broken across lines would differ.
    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    }

    @Test("every help text fits 60, 80 and 120 columns, and wraps between words only")
    func helpWrapsAtTheTerminalWidth() throws {
        let paths = try MLSDSandbox.commandPaths()
        #expect(paths.count > 25)
        let mlsd = MLSDSandbox(), inProcess = MLSDSandbox(.inProcess)
        defer { mlsd.remove(); inProcess.remove() }
        // Piped: 80 columns.
        var piped: [String: String] = [:]
        for path in paths {
            let help = try inProcess.run(path + ["--help"])
            #expect(help.status == 0)
            #expect(help.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 }, "\(path)")
            piped[path.joined(separator: " ")] = help.stdout
        }
        // On terminals of 60 and 120 columns, through a pseudo-terminal: same words, other lines.
        for columns in [60, 120] {
            let script = paths.map {
                #""$MLSD" \#($0.joined(separator: " ")) --help; echo "==end=="; "#.trimmingCharacters(in: .whitespaces)
            }
            .joined(separator: " ")
            let term = try PseudoTerminal(mlsd, script, columns: columns, rows: 50)
            let (status, screen) = term.finish()
            #expect(status == 0)
            let texts = screen.components(separatedBy: "==end==\n").dropLast()
            #expect(texts.count == paths.count)
            for (path, text) in zip(paths, texts) {
                let lines = text.split(separator: "\n")
                #expect(
                    lines.allSatisfy { $0.count <= columns },
                    "\(path) at \(columns): \(lines.filter { $0.count > columns })")
                #expect(
                    Self.words(text) == Self.words(piped[path.joined(separator: " ")] ?? ""), "\(path) at \(columns)")
            }
            if columns == 120 {
                // Wider really is used: the discussion of review fills past 80 columns.
                let review = texts[paths.firstIndex(of: ["review"])!]
                #expect(review.split(separator: "\n").contains { $0.count > 80 })
            }
        }
    }
}

import Foundation
import Testing

@testable import MLSDTestSupport

/// `mlsd review` on a real (pseudo-)terminal: one keypress rates, without Enter, and the terminal
/// is left as it was found on every way out, Ctrl-C included.
@Suite struct ReviewKeypressTests {
    func fixture() throws -> ReviewFixture {
        let f = ReviewFixture()
        try f.run(["cards", "add", "--case", "ad-click-prediction", "--step", "metrics", "--all-points"])
        try f.run(["config", "set", "fuzz", "off"])
        return f
    }

    func ratings(_ f: ReviewFixture) throws -> String {
        try f.mlsd.sql("SELECT card_id || ':' || rating FROM review_log ORDER BY id").replacingOccurrences(
            of: "\n", with: " ")
    }

    /// `stty -a` after mlsd shows the terminal back in line mode with echo.
    func expectLineMode(_ screen: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let modes = screen.components(separatedBy: "stty-after").last ?? ""
        #expect(modes.contains(" icanon"), sourceLocation: sourceLocation)
        #expect(!modes.contains("-icanon"), sourceLocation: sourceLocation)
        #expect(!modes.contains("-echo "), sourceLocation: sourceLocation)
    }

    @Test("a rating is one keypress; a wrong key says so; the terminal is back in line mode afterwards")
    func oneKeyRates() throws {
        let f = try fixture()
        defer { f.remove() }
        let term = try PseudoTerminal(
            f.mlsd, #""$MLSD" review --limit 2; s=$?; echo stty-after; stty -a; exit $s"#,
            environment: ["MLSD_NOW": ReviewFixture.iso(ReviewFixture.start)])
        #expect(term.waitFor("press Enter to show the answer"))
        term.type("\n")
        #expect(term.waitFor("Press 1-4 (a/h/g/e), u undo, q quit: "))
        term.type("g")
        #expect(term.waitFor("Good: next in 10m"))
        #expect(term.waitFor("press Enter to show the answer", count: 2))
        term.type("\n")
        #expect(term.waitFor("Press 1-4 (a/h/g/e), u undo, q quit: ", count: 2))
        term.type("x")
        #expect(term.waitFor("'x' is not a rating: press 1 Again"))
        term.type("1")
        let (status, screen) = term.finish()
        #expect(status == 0)
        // The key is shown once, by mlsd, after the prompt: the terminal did not echo it.
        #expect(screen.contains("Press 1-4 (a/h/g/e), u undo, q quit: g\nGood: next in 10m"))
        #expect(screen.contains("Press 1-4 (a/h/g/e), u undo, q quit: 1\nAgain: next in 1m"))
        #expect(screen.contains("Reviewed 2 cards (1 Again); limit reached."))
        #expect(try ratings(f) == "1:3 2:1")
        expectLineMode(screen)
    }

    @Test("u and q are single keys too, and Enter accepts the suggestion from a typed answer")
    func undoQuitAndEnter() throws {
        let f = try fixture()
        defer { f.remove() }
        let term = try PseudoTerminal(
            f.mlsd, #""$MLSD" review; s=$?; echo stty-after; stty -a; exit $s"#,
            environment: ["MLSD_NOW": ReviewFixture.iso(ReviewFixture.start)])
        #expect(term.waitFor("press Enter to show the answer"))
        term.type("Business: long-term ad revenue. Model: log loss and calibration.\n.\n")
        #expect(term.waitFor("Suggested from your answer: "))
        #expect(term.waitFor("Press 1-4"))
        term.type("\n")
        #expect(term.waitFor("press Enter to show the answer", count: 2))
        term.type("\n")
        #expect(term.waitFor("Press 1-4", count: 2))
        term.type("u")
        #expect(term.waitFor("on the previous card; here it is again."))
        #expect(term.waitFor("press Enter to show the answer", count: 3))
        term.type("\n")
        #expect(term.waitFor("Press 1-4", count: 3))
        term.type("q")
        let (status, screen) = term.finish()
        #expect(status == 0)
        #expect(screen.contains("Reviewed 0 cards; stopped."))
        #expect(try ratings(f) == "")
        expectLineMode(screen)
    }

    @Test("Ctrl-C at a rating ends mlsd (130) with the terminal back in line mode and earlier ratings kept")
    func interruptRestoresTheTerminal() throws {
        let f = try fixture()
        defer { f.remove() }
        // The shell ignores the interrupt so that it lives on to report; mlsd sets its own handler.
        let term = try PseudoTerminal(
            f.mlsd, #"trap '' INT; "$MLSD" review; echo "status $?"; echo stty-after; stty -a"#,
            environment: ["MLSD_NOW": ReviewFixture.iso(ReviewFixture.start)])
        #expect(term.waitFor("press Enter to show the answer"))
        term.type("\n")
        #expect(term.waitFor("Press 1-4"))
        term.type("3")
        #expect(term.waitFor("press Enter to show the answer", count: 2))
        term.type("\n")
        #expect(term.waitFor("Press 1-4", count: 2))
        term.type("\u{03}")
        let (_, screen) = term.finish()
        #expect(screen.contains("status 130"))
        #expect(try ratings(f) == "1:3")
        expectLineMode(screen)
    }

    @Test("dividers are as wide as the wrapped text: 80 columns on an 80-column terminal, 100 at most on a wide one")
    func dividersFollowTheWrapWidth() throws {
        for (columns, width) in [(80, 80), (120, 100)] {
            let f = try fixture()
            defer { f.remove() }
            let term = try PseudoTerminal(
                f.mlsd, #""$MLSD" review --limit 1"#, columns: columns,
                environment: ["MLSD_NOW": ReviewFixture.iso(ReviewFixture.start)])
            #expect(term.waitFor("press Enter to show the answer"))
            term.type("\n")
            #expect(term.waitFor("Press 1-4"))
            term.type("3")
            let (status, screen) = term.finish()
            #expect(status == 0)
            let lines = screen.components(separatedBy: "\n")
            let dividers = lines.filter { $0.hasPrefix("──") }
            #expect(dividers.count == 2)
            for divider in dividers { #expect(divider.count == width, "\(columns) columns: \(divider)") }
            #expect(lines.allSatisfy { $0.count <= width }, "\(columns) columns")
        }
    }
}

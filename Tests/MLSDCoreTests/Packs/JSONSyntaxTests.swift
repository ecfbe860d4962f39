import Foundation
import MLSDCore
import Testing

/// Files that are not JSON at all: one problem, at the right line and column, and no crash.
@Suite struct JSONSyntaxTests {
    struct Sample: Sendable, CustomTestStringConvertible {
        var bytes: [UInt8]
        var message: String
        var line: Int
        var column: Int
        var testDescription: String { message }

        init(_ text: String, _ message: String, _ line: Int, _ column: Int) {
            self.init(Array(text.utf8), message, line, column)
        }

        init(_ bytes: [UInt8], _ message: String, _ line: Int, _ column: Int) {
            self.bytes = bytes
            self.message = message
            self.line = line
            self.column = column
        }
    }

    static let samples: [Sample] = [
        Sample(
            "{\"id\": \"a\",\n  \"title\": 'b'}",
            "invalid JSON: strings and field names must use double quotes, not single quotes", 2, 12),
        Sample("{\"id\": \"a\",\n}", "invalid JSON: a trailing comma before '}' is not allowed in JSON", 2, 1),
        Sample("[1, 2,]", "invalid JSON: a trailing comma before ']' is not allowed in JSON", 1, 7),
        Sample("{\n  // a comment\n}", "invalid JSON: comments are not allowed in JSON", 2, 3),
        Sample("{\"weight\": NaN}", "invalid JSON: 'NaN' is not a JSON value: numbers must be finite", 1, 12),
        Sample(
            "{\"weight\": -Infinity}",
            "invalid JSON: '-Infinity' and 'NaN' are not JSON values: numbers must be finite", 1, 12),
        Sample("{\"weight\": Infinity}", "invalid JSON: 'Infinity' is not a JSON value: numbers must be finite", 1, 12),
        Sample("{\"weight\": 07}", "invalid JSON: numbers must not start with 0 (write 7, not 07)", 1, 12),
        Sample("{\"weight\": 1.}", "invalid JSON: a digit must follow the decimal point", 1, 14),
        Sample(
            "{\"title\": \"open\n}",
            "invalid JSON: a string is not closed before the end of the line (write \\n for a line break)", 1, 16),
        Sample("{\"title\": \"open", "invalid JSON: a string is not closed: a '\"' is missing", 1, 11),
        Sample("{\"title\": \"a\\qb\"}", "invalid JSON: '\\q' is not a JSON escape (use \\\\ for a backslash)", 1, 13),
        Sample(
            "{\"title\": \"\\uD800\"}", "invalid JSON: \\uD800 is half of a surrogate pair; the other half is missing",
            1, 12),
        Sample("{\"title\": \"\\u12\"}", "invalid JSON: \\u must be followed by four hexadecimal digits", 1, 12),
        Sample(
            "{\"id\": \"a\" \"title\": \"b\"}",
            "invalid JSON: expected ',' or '}' after the value of \"id\", found '\"'", 1, 12),
        Sample("{\"id\" \"a\"}", "invalid JSON: expected ':' after the field name \"id\", found '\"'", 1, 7),
        Sample("{id: \"a\"}", "invalid JSON: expected a field name in double quotes, found 'i'", 1, 2),
        Sample("{\"id\": yes}", "invalid JSON: 'yes' is not a JSON value (strings need double quotes)", 1, 8),
        Sample(
            "{} {}", "invalid JSON: unexpected text after the end of the JSON value (only one value is allowed)", 1, 4),
        Sample("", "invalid JSON: the file is empty", 1, 1),
        Sample(" \n\t ", "invalid JSON: the file is empty", 1, 1),
        Sample("{\"cases\": [", "invalid JSON: unexpected end of the file: a value is missing", 1, 12),
        Sample(String(repeating: "[", count: 100_000), "invalid JSON: nested more than 32 levels deep", 1, 33),
        Sample(String(repeating: "{\"a\":", count: 50_000), "invalid JSON: nested more than 32 levels deep", 1, 161),
        Sample(
            Array("{\n  \"id\": \"caf".utf8) + [0xC3] + Array("\"}".utf8),
            "the file is not valid UTF-8 (byte 0xC3); save it as UTF-8 text", 2, 13),
        Sample(
            Array("{\"id\": \"é".utf8) + [0xED, 0xA0, 0x80] + Array("\"}".utf8),
            "the file is not valid UTF-8 (byte 0xED); save it as UTF-8 text", 1, 10),
        Sample(
            [0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00], "the file is not valid UTF-8 (byte 0xFF); save it as UTF-8 text", 1, 1
        ),
    ]

    @Test(arguments: samples)
    func syntaxErrorIsReportedWithPosition(_ sample: Sample) {
        let validation = PackValidator.validate(sample.bytes)
        #expect(
            validation.problems == [
                PackProblem(path: "$", message: sample.message, line: sample.line, column: sample.column)
            ])
        #expect(validation.cases.isEmpty)
    }

    @Test func oversizedPackIsRefusedBeforeParsing() {
        let bytes = [UInt8](repeating: 0x20, count: PackRules.maximumBytes + 1)
        #expect(
            PackValidator.validate(bytes).problems.map(\.description)
                == ["$: the pack is 5.0 MB; the limit is 5 MB (split it into several packs)"])
    }

    @Test func topLevelMustBeAnObject() {
        for (text, kind) in [("[]", "an array"), ("\"case\"", "a string"), ("42", "a number"), ("null", "null")] {
            let problems = PackValidator.validate(Array(text.utf8)).problems
            #expect(problems.map(\.message) == ["must be a case object or {\"cases\": [...]}, got \(kind)"])
        }
    }

    @Test func escapesDecodeToTheRightText() throws {
        let node = try JSONParser.parse(Array(#"["caf\u00e9 \ud83d\ude00 \"q\" \\ \/ \n"]"#.utf8))
        guard case .array(let elements) = node.value, case .string(let text) = elements.first?.value else {
            Issue.record("not an array of one string")
            return
        }
        #expect(text == "café 😀 \"q\" \\ / \n")
    }

    @Test func columnsCountCharactersNotBytes() {
        #expect(TextPosition(offset: 8, in: Array("é😀\nab".utf8)) == TextPosition(line: 2, column: 2))
        #expect(TextPosition(offset: 6, in: Array("é😀\nab".utf8)) == TextPosition(line: 1, column: 3))
    }

    /// Thousands of damaged versions of a real pack: each is either valid or gets problems with
    /// positions inside the file; none crashes. Seeded, so a failure can be replayed.
    @Test func damagedPacksNeverCrash() throws {
        let original = try RepositoryFiles.bytes("docs/example-pack.json")
        var generator = SplitMix64(seed: 20_261_121)
        let replacements: [UInt8] = Array("{}[]\",:0-9.eE \\nu\u{7F}".utf8) + [0x00, 0x80, 0xC3, 0xFF]
        for round in 0..<2_000 {
            var bytes = original
            for _ in 0..<(1 + round % 4) {
                let index = Int.random(in: 0..<bytes.count, using: &generator)
                switch round % 3 {
                case 0: bytes[index] = replacements.randomElement(using: &generator)!
                case 1: bytes.remove(at: index)
                default: bytes = Array(bytes.prefix(index))
                }
            }
            let validation = PackValidator.validate(bytes)
            #expect(validation.isValid != validation.cases.isEmpty)
            for problem in validation.problems {
                #expect((problem.line ?? 1) >= 1 && (problem.column ?? 1) >= 1)
            }
        }
    }
}

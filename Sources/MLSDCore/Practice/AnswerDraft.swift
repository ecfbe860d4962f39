/// The answer being written to one prompt, line by line or from the editor, kept within the size
/// an answer may have. The limit protects the database and the scorer from a pasted log file.
public struct AnswerDraft: Sendable, Equatable {
    /// 1 MB of UTF-8, stated in `mlsd practice --help`.
    public static let byteLimit = 1_000_000

    public private(set) var text = ""
    /// Set once input had to be cut to stay within the limit.
    public private(set) var truncated = false

    public init(_ text: String = "") { replace(with: text) }

    public var isBlank: Bool { text.allSatisfy(\.isWhitespace) }
    public var byteCount: Int { text.utf8.count }

    /// Adds a typed line; returns false (and drops it) when it would pass the limit.
    @discardableResult
    public mutating func append(line: String) -> Bool {
        let addition = text.isEmpty ? line : "\n" + line
        guard byteCount + addition.utf8.count <= Self.byteLimit else {
            text += Self.prefix(of: addition, bytes: Self.byteLimit - byteCount)
            truncated = true
            return false
        }
        text += addition
        return true
    }

    /// Takes the whole text back from the editor, cut at the limit if need be.
    public mutating func replace(with newText: String) {
        var body = newText
        while body.hasSuffix("\n") { body.removeLast() }
        truncated = body.utf8.count > Self.byteLimit
        text = truncated ? Self.prefix(of: body, bytes: Self.byteLimit) : body
    }

    /// The longest prefix of whole characters that fits in `bytes` UTF-8 bytes.
    static func prefix(of text: String, bytes: Int) -> String {
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let size = text[index].utf8.count
            if used + size > bytes { break }
            used += size
            end = text.index(after: index)
        }
        return String(text[..<end])
    }

    /// Words as the session summary counts them: runs of letters or digits.
    public static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let wordy = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
            if wordy, !inWord { count += 1 }
            inWord = wordy
        }
        return count
    }
}

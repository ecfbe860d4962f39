import Foundation

/// The reference CommonMark parser (`cmark`), as an outside judge of exported markdown.
enum CommonMark {
    static func html(_ markdown: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/cmark")
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let group = DispatchGroup()
        nonisolated(unsafe) var data = Data()
        blockingQueue().async(group: group) { data = output.fileHandleForReading.readDataToEndOfFile() }
        try input.fileHandleForWriting.write(contentsOf: Data(markdown.utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        group.wait()
        return String(decoding: data, as: UTF8.self)
    }

    /// The text of every `<pre><code>` block, HTML entities decoded.
    static func codeBlocks(_ html: String) -> [String] {
        var blocks: [String] = []
        var rest = html[...]
        while let open = rest.range(of: "<pre><code") {
            guard let tagEnd = rest[open.upperBound...].firstIndex(of: ">"),
                let close = rest[tagEnd...].range(of: "</code></pre>")
            else { break }
            blocks.append(unescape(String(rest[rest.index(after: tagEnd)..<close.lowerBound])))
            rest = rest[close.upperBound...]
        }
        return blocks
    }

    /// The text of every heading of a level, tags inside it removed and entities decoded.
    static func headings(_ html: String, level: Int) -> [String] {
        let pattern = "<h\(level)>(.*?)</h\(level)>"
        let regex = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        let range = NSRange(html.startIndex..., in: html)
        return regex.matches(in: html, range: range).map { match in
            let inner = String(html[Range(match.range(at: 1), in: html)!])
            return unescape(inner.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression))
        }
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    }
}

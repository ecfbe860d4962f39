/// One thing wrong with a pack: where (a JSON path and, when known, line and column) and why.
public struct PackProblem: Sendable, Equatable, Codable, CustomStringConvertible {
    /// `$.steps[2].points[0].weight`
    public var path: String
    /// `must be 1 to 3, got 5`
    public var message: String
    public var line: Int?
    public var column: Int?

    public init(path: String, message: String, line: Int? = nil, column: Int? = nil) {
        self.path = path
        self.message = message
        self.line = line
        self.column = column
    }

    /// `$.steps[2].points[0].weight: must be 1 to 3, got 5 (line 40, column 21)`
    public var description: String {
        guard let line, let column else { return "\(path): \(message)" }
        return "\(path): \(message) (line \(line), column \(column))"
    }
}

/// A JSONPath-style location, built up while walking a document.
public struct JSONPath: Sendable, Equatable, CustomStringConvertible {
    private var text: String

    public static let root = JSONPath(text: "$")

    public func field(_ name: String) -> JSONPath {
        let plain =
            !name.isEmpty
            && name.unicodeScalars.allSatisfy {
                ($0 >= "a" && $0 <= "z") || ($0 >= "A" && $0 <= "Z") || ($0 >= "0" && $0 <= "9") || $0 == "_"
                    || $0 == "-"
            }
        if plain { return JSONPath(text: text + "." + name) }
        let quoted = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return JSONPath(text: text + "[\"" + quoted + "\"]")
    }

    public func index(_ position: Int) -> JSONPath { JSONPath(text: text + "[\(position)]") }

    public var description: String { text }
}

/// Collects problems while the checker walks the document; positions are resolved at the end.
struct ProblemList {
    private(set) var entries: [(path: JSONPath, message: String, offset: Int?)] = []

    mutating func add(_ path: JSONPath, _ message: String, at offset: Int?) {
        entries.append((path, message, offset))
    }

    var isEmpty: Bool { entries.isEmpty }

    func resolved(in bytes: [UInt8]) -> [PackProblem] {
        let positions = TextPosition.positions(of: Set(entries.compactMap(\.offset)), in: bytes)
        return entries.map { entry in
            let position = entry.offset.flatMap { positions[$0] }
            return PackProblem(
                path: entry.path.description, message: entry.message,
                line: position?.line, column: position?.column)
        }
    }
}

/// Short renderings of values for messages: a 5 MB string is not echoed back whole.
enum Quote {
    static func text(_ string: String, limit: Int = 40) -> String {
        let escaped = VisibleText.of(string.replacingOccurrences(of: "\n", with: "\\n"))
        if escaped.count <= limit { return "'\(escaped)'" }
        return "'\(escaped.prefix(limit))...'"
    }

    static func value(_ value: JSONValue) -> String {
        switch value {
        case .number(let literal): literal.count <= 40 ? literal : String(literal.prefix(40)) + "..."
        case .string(let string): "the string " + text(string)
        case .bool(let flag): "\(flag)"
        default: value.kindName
        }
    }
}

/// A strict RFC 8259 parser that keeps positions (see JSONDocument) and explains mistakes people
/// make when writing JSON by hand: trailing commas, comments, single quotes, NaN.
///
/// Nesting is limited, so a hostile file of a million `[` cannot exhaust the stack.
public struct JSONParser {
    public static let maximumDepth = 32

    private let bytes: [UInt8]
    private var index = 0

    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
        var parser = JSONParser(bytes: bytes)
        // A byte order mark is not JSON, but editors on some systems write one.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }
        parser.skipWhitespace()
        guard parser.index < bytes.count else { throw JSONSyntaxError(reason: "the file is empty", offset: 0) }
        let root = try parser.value(depth: 0)
        parser.skipWhitespace()
        if parser.index < bytes.count {
            throw parser.error("unexpected text after the end of the JSON value (only one value is allowed)")
        }
        return root
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private func error(_ reason: String, at offset: Int? = nil) -> JSONSyntaxError {
        JSONSyntaxError(reason: reason, offset: offset ?? index)
    }

    private mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { index += 1 }
    }

    private mutating func value(depth: Int) throws(JSONSyntaxError) -> JSONNode {
        guard depth < JSONParser.maximumDepth else {
            throw error("nested more than \(JSONParser.maximumDepth) levels deep")
        }
        let start = index
        guard let byte = current else { throw error("unexpected end of the file: a value is missing") }
        switch byte {
        case UInt8(ascii: "{"): return JSONNode(value: try object(depth: depth), offset: start)
        case UInt8(ascii: "["): return JSONNode(value: try array(depth: depth), offset: start)
        case UInt8(ascii: "\""): return JSONNode(value: .string(try string()), offset: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(value: .number(try number()), offset: start)
        default:
            return JSONNode(value: try word(), offset: start)
        }
    }

    private mutating func object(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        index += 1
        var members: [JSONMember] = []
        skipWhitespace()
        if current == UInt8(ascii: "}") { index += 1; return .object([]) }
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\"") else {
                if current == UInt8(ascii: "}"), !members.isEmpty {
                    throw error("a trailing comma before '}' is not allowed in JSON")
                }
                throw unexpected("a field name in double quotes")
            }
            let keyOffset = index
            let key = try string()
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw unexpected("':' after the field name \"\(key)\"") }
            index += 1
            skipWhitespace()
            members.append(JSONMember(key: key, keyOffset: keyOffset, node: try value(depth: depth + 1)))
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"): index += 1; return .object(members)
            default: throw unexpected("',' or '}' after the value of \"\(key)\"")
            }
        }
    }

    private mutating func array(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        index += 1
        var elements: [JSONNode] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") { index += 1; return .array([]) }
        while true {
            skipWhitespace()
            if current == UInt8(ascii: "]") { throw error("a trailing comma before ']' is not allowed in JSON") }
            elements.append(try value(depth: depth + 1))
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"): index += 1; return .array(elements)
            default: throw unexpected("',' or ']' after an array element")
            }
        }
    }

    /// Explains the byte found where `expected` should have been.
    private func unexpected(_ expected: String) -> JSONSyntaxError {
        guard let byte = current else { return error("unexpected end of the file: expected \(expected)") }
        switch byte {
        case UInt8(ascii: "/"): return error("comments are not allowed in JSON")
        case UInt8(ascii: "'"): return error("strings and field names must use double quotes, not single quotes")
        default: return error("expected \(expected), found \(describe(byte))")
        }
    }

    private func describe(_ byte: UInt8) -> String {
        if byte >= 0x21, byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        if byte >= 0x80 { return "a non-ASCII character" }
        return "the control character 0x\(String(byte, radix: 16, uppercase: true))"
    }

    /// `true`, `false`, `null`, and the words people try instead of JSON values.
    private mutating func word() throws(JSONSyntaxError) -> JSONValue {
        let start = index
        while let byte = current,
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
        {
            index += 1
            if index - start > 16 { break }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        switch text {
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "null": return .null
        case "NaN", "Infinity", "nan", "inf", "infinity":
            throw error("'\(text)' is not a JSON value: numbers must be finite", at: start)
        case "": index = start; throw unexpected("a value")
        default:
            throw error("'\(text)' is not a JSON value (strings need double quotes)", at: start)
        }
    }

    private mutating func number() throws(JSONSyntaxError) -> String {
        let start = index
        if current == UInt8(ascii: "-") { index += 1 }
        if current == UInt8(ascii: "I") || current == UInt8(ascii: "N") {
            throw error("'-Infinity' and 'NaN' are not JSON values: numbers must be finite", at: start)
        }
        guard let first = current, isDigit(first) else { throw error("a number needs a digit after '-'", at: start) }
        index += 1
        if first == UInt8(ascii: "0"), let next = current, isDigit(next) {
            throw error("numbers must not start with 0 (write 7, not 07)", at: start)
        }
        while let byte = current, isDigit(byte) { index += 1 }
        if current == UInt8(ascii: ".") {
            index += 1
            guard let byte = current, isDigit(byte) else { throw error("a digit must follow the decimal point") }
            while let byte = current, isDigit(byte) { index += 1 }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            index += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
            guard let byte = current, isDigit(byte) else { throw error("a digit must follow the exponent") }
            while let byte = current, isDigit(byte) { index += 1 }
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private mutating func string() throws(JSONSyntaxError) -> String {
        let start = index
        index += 1
        // UTF-8 bytes, decoded once at the end: the input was checked to be UTF-8 already, and
        // appending to a String escape by escape costs more than the rest of a large pack.
        var text: [UInt8] = []
        var runStart = index
        while true {
            guard let byte = current else { throw error("a string is not closed: a '\"' is missing", at: start) }
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 {
                text.append(contentsOf: bytes[runStart..<index])
            }
            if byte == UInt8(ascii: "\"") { index += 1; return String(decoding: text, as: UTF8.self) }
            if byte < 0x20 {
                throw error(
                    byte == 0x0A
                        ? "a string is not closed before the end of the line (write \\n for a line break)"
                        : "a control character inside a string must be escaped")
            }
            if byte == UInt8(ascii: "\\") {
                UTF8.encode(try escape()) { text.append($0) }
                runStart = index
                continue
            }
            index += 1
        }
    }

    private mutating func escape() throws(JSONSyntaxError) -> Unicode.Scalar {
        let start = index
        index += 1
        guard let byte = current else { throw error("a string is not closed: a '\"' is missing", at: start) }
        index += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let high = try hex4(start)
            guard (0xD800...0xDFFF).contains(high) else { return Unicode.Scalar(high)! }
            guard high < 0xDC00, current == UInt8(ascii: "\\"), index + 1 < bytes.count,
                bytes[index + 1] == UInt8(ascii: "u")
            else {
                throw error(
                    "\\u\(String(high, radix: 16, uppercase: true)) is half of a surrogate pair; "
                        + "the other half is missing",
                    at: start)
            }
            index += 2
            let low = try hex4(start)
            guard (0xDC00...0xDFFF).contains(low) else {
                throw error(
                    "\\u\(String(high, radix: 16, uppercase: true)) must be followed by a low surrogate "
                        + "\\uDC00-\\uDFFF",
                    at: start)
            }
            return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!
        default:
            throw error(
                "'\\\(Character(Unicode.Scalar(byte)))' is not a JSON escape (use \\\\ for a backslash)", at: start)
        }
    }

    private mutating func hex4(_ start: Int) throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = current, let digit = hexDigit(byte) else {
                throw error("\\u must be followed by four hexadecimal digits", at: start)
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    private func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}

/// A parsed JSON document that remembers where every value and field name began, so that a
/// problem found while checking a pack can point at the line and column to fix.
///
/// Foundation's parsers throw the position away once parsing succeeds; a pack check needs it for
/// every rule, not only for syntax errors.
public struct JSONNode: Sendable {
    public var value: JSONValue
    /// Byte offset of the value's first character in the document.
    public var offset: Int
}

public enum JSONValue: Sendable {
    case null
    case bool(Bool)
    /// Kept as written: the checker decides what range it must fit, and a literal like
    /// `1e400` or `99999999999999999999` is reported as typed rather than overflowing.
    case number(String)
    case string(String)
    case array([JSONNode])
    /// Members in document order, duplicates included, so that a repeated field can be reported.
    case object([JSONMember])

    /// "a string", "an array", ... as a problem message names the kind of value found.
    public var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

public struct JSONMember: Sendable {
    public var key: String
    public var keyOffset: Int
    public var node: JSONNode
}

/// Why a document is not JSON, and where.
public struct JSONSyntaxError: Error, Sendable, Equatable {
    public var reason: String
    public var offset: Int
}

/// A 1-based line and column, computed from a byte offset only when a problem is reported.
public struct TextPosition: Sendable, Equatable, Codable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// Columns count Unicode scalars, not bytes, so "é" moves the column by one as an editor shows it.
    public init(offset: Int, in bytes: [UInt8]) {
        self = TextPosition.positions(of: [offset], in: bytes)[offset] ?? TextPosition(line: 1, column: 1)
    }

    /// Every offset's position in one pass over the bytes, however many problems there are.
    static func positions(of offsets: Set<Int>, in bytes: [UInt8]) -> [Int: TextPosition] {
        var result: [Int: TextPosition] = [:]
        var pending = offsets.sorted()[...]
        var line = 1
        var column = 1
        var index = 0
        while let next = pending.first {
            let target = min(max(0, next), bytes.count)
            while index < target {
                if bytes[index] == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else if bytes[index] & 0b1100_0000 != 0b1000_0000 {
                    column += 1
                }
                index += 1
            }
            result[next] = TextPosition(line: line, column: column)
            pending = pending.dropFirst()
        }
        return result
    }
}

/// Finds the first byte that breaks UTF-8 (bad lead byte, missing continuation, overlong form,
/// surrogate or value above U+10FFFF), so the report can say where the file was damaged.
public enum UTF8Check {
    public static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            // Only the first continuation byte has a narrowed range; the rest are plain 80...BF.
            guard (low...high).contains(bytes[index + 1]) else { return index }
            for next in (index + 2)..<(index + length) where bytes[next] & 0xC0 != 0x80 {
                return index
            }
            index += length
        }
        return nil
    }
}

import Foundation

/// The outcome of checking a pack: every problem found, and the cases once there are none.
public struct PackValidation: Sendable {
    public var problems: [PackProblem]
    /// Decoded only when `problems` is empty.
    public var cases: [CaseStudy]

    public var isValid: Bool { problems.isEmpty }
    public var stepCount: Int { cases.reduce(0) { $0 + $1.steps.count } }
    public var pointCount: Int { cases.reduce(0) { $0 + $1.steps.reduce(0) { $0 + $1.points.count } } }
}

/// Checks a user-authored pack (one case object, or `{"cases": [...]}`) against the content
/// format and reports every problem with its JSON path and position, then decodes it.
///
/// Any bytes at all may arrive here (a truncated download, a binary file, a hostile document):
/// the result is always a list of problems, never a crash.
public enum PackValidator {
    /// - Parameter reservedIDs: ids a pack may not use (the built-in cases').
    public static func validate(_ bytes: [UInt8], reservedIDs: Set<String> = []) -> PackValidation {
        if bytes.count > PackRules.maximumBytes {
            let size = String(format: "%.1f", Double(bytes.count) / 1_000_000)
            return failure(
                "the pack is \(size) MB; the limit is \(PackRules.maximumBytesDescription) "
                    + "(split it into several packs)"
            )
        }
        if let offset = UTF8Check.firstInvalidOffset(in: bytes) {
            let byte = "0x" + String(bytes[offset], radix: 16, uppercase: true)
            return failure("the file is not valid UTF-8 (byte \(byte)); save it as UTF-8 text", at: offset, in: bytes)
        }
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            return failure("invalid JSON: \(error.reason)", at: error.offset, in: bytes)
        }
        var checker = PackChecker()
        let ids = checkRoot(root, with: &checker)
        var seen: [String: JSONPath] = [:]
        for entry in ids {
            if reservedIDs.contains(entry.id) {
                checker.problems.add(
                    entry.path.field("id"),
                    "\(Quote.text(entry.id)) is the id of a built-in case; give your case another id", at: entry.offset)
            } else if let first = seen[entry.id] {
                checker.problems.add(
                    entry.path.field("id"),
                    "the case id \(Quote.text(entry.id)) is already used at \(first); case ids must be unique",
                    at: entry.offset)
            } else {
                seen[entry.id] = entry.path
            }
        }
        guard checker.problems.isEmpty else {
            return PackValidation(problems: checker.problems.resolved(in: bytes), cases: [])
        }
        return decode(bytes, isList: ids.first.map { $0.path != .root } ?? false)
    }

    public static func validate(_ data: Data, reservedIDs: Set<String> = []) -> PackValidation {
        validate([UInt8](data), reservedIDs: reservedIDs)
    }

    /// The ids of the cases found, with where each sits.
    private static func checkRoot(_ root: JSONNode, with checker: inout PackChecker) -> [(
        id: String, offset: Int, path: JSONPath
    )] {
        guard case .object(let members) = root.value else {
            checker.problems.add(
                .root, "must be a case object or {\"cases\": [...]}, got \(root.value.kindName)", at: root.offset)
            return []
        }
        guard members.contains(where: { $0.key == "cases" }) else {
            return checker.checkCase(root, at: .root).map { [($0.id, $0.offset, .root)] } ?? []
        }
        guard let fields = checker.object(root, at: .root, allowed: ["cases"], what: "a pack"),
            let cases = checker.array(
                fields, "cases", count: 1...PackRules.maximumCases, noun: ("case", "cases"), strict: false)
        else { return [] }
        var ids: [(id: String, offset: Int, path: JSONPath)] = []
        for (index, node) in cases.enumerated() {
            let path = JSONPath.root.field("cases").index(index)
            if let found = checker.checkCase(node, at: path) { ids.append((found.id, found.offset, path)) }
        }
        return ids
    }

    private struct PackFile: Decodable {
        var cases: [CaseStudy]
    }

    /// Decoding follows the checks, so it should not fail; if Foundation ever disagrees with the
    /// checker, the disagreement is still reported as a problem rather than a crash.
    private static func decode(_ bytes: [UInt8], isList: Bool) -> PackValidation {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Data(bytes.dropFirst(3)) : Data(bytes)
        do {
            let decoder = JSONDecoder()
            let cases =
                isList
                ? try decoder.decode(PackFile.self, from: body).cases : [try decoder.decode(CaseStudy.self, from: body)]
            return PackValidation(problems: [], cases: cases)
        } catch {
            return PackValidation(
                problems: [PackProblem(path: "$", message: "cannot be read as a pack: \(error)")], cases: [])
        }
    }

    private static func failure(_ message: String, at offset: Int? = nil, in bytes: [UInt8] = []) -> PackValidation {
        let position = offset.map { TextPosition(offset: $0, in: bytes) }
        return PackValidation(
            problems: [PackProblem(path: "$", message: message, line: position?.line, column: position?.column)],
            cases: [])
    }
}

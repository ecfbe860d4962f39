import Foundation
import MLSDContent
import MLSDCore

#if canImport(Glibc)
    import Glibc
#endif

/// A pack as `mlsd validate` and `mlsd import` read it: from a file, or standard input for `-`,
/// never more than the size limit (plus one byte, so that "too large" can be reported).
struct PackInput {
    /// How the file is named in messages: its path as typed, or "standard input".
    var name: String
    var bytes: [UInt8]

    static let fileArgument = ArgumentSpec(
        name: "file", help: "A pack: one case object or {\"cases\": [...]}; '-' reads standard input.")

    static let formatHelp = """
        A pack is JSON in the format of docs/content-format.md: one case object, or {"cases": [...]}
        with up to \(PackRules.maximumCases). Files larger than \(PackRules.maximumBytesDescription) are refused.
        """

    static func read(_ argument: String, console: Console) throws -> PackInput {
        let input = try InputFile.read(argument, limit: PackRules.maximumBytes, what: "pack", console: console)
        return PackInput(name: input.name, bytes: input.bytes)
    }

    /// Built-in case ids, which a pack may not take; read from the embedded file names
    /// (Data/cases/<id>.json) so that checking a pack needs neither the database nor a parse.
    static var builtinIDs: Set<String> {
        Set(
            BuiltinContent.documents.compactMap { document -> String? in
                guard document.path.hasPrefix("cases/"), document.path.hasSuffix(".json") else { return nil }
                return String(document.path.dropFirst("cases/".count).dropLast(".json".count))
            })
    }

    /// Built-in ids are refused unless the file is itself built-in content being checked.
    func validate(allowingBuiltinIDs: Bool = false) -> PackValidation {
        PackValidator.validate(bytes, reservedIDs: allowingBuiltinIDs ? [] : PackInput.builtinIDs)
    }
}

extension PackValidation {
    /// "1 case, 7 steps, 54 points"
    var summary: String {
        [TextWrap.count(cases.count, "case"), TextWrap.count(stepCount, "step"), TextWrap.count(pointCount, "point")]
            .joined(separator: ", ")
    }

    /// As `mlsd validate --json` prints it.
    struct Report: Encodable {
        var file: String
        var valid: Bool
        var problems: [PackProblem]
        var cases: [String]
        var steps: Int
        var points: Int
    }

    func report(file: String) -> Report {
        Report(
            file: file, valid: isValid, problems: problems, cases: cases.map(\.id), steps: stepCount, points: pointCount
        )
    }
}

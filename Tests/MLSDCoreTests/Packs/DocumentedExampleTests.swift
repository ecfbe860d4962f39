import Foundation
import MLSDCore
import Testing

/// docs/content-format.md shows one step of docs/example-pack.json; the two must not drift apart.
@Suite struct DocumentedExampleTests {
    static func documentedExample() throws -> [String: Any] {
        let markdown = try RepositoryFiles.text("docs/content-format.md")
        let blocks = markdown.components(separatedBy: "```json\n").dropFirst().map {
            $0.components(separatedBy: "```")[0]
        }
        let block = try #require(
            blocks.first { $0.contains("\"steps\"") }, "no JSON example with steps in the format document")
        return try JSONSerialization.jsonObject(with: Data(block.utf8)) as! [String: Any]
    }

    @Test func documentedStepIsTakenFromTheExamplePack() throws {
        let documented = try Self.documentedExample()
        let pack = try RepositoryFiles.examplePack()
        for key in ["id", "title", "scenario", "difficulty", "tags"] {
            #expect(String(describing: documented[key]!) == String(describing: pack[key]!), "\(key)")
        }
        let documentedSteps = documented["steps"] as! [[String: Any]]
        let packSteps = pack["steps"] as! [[String: Any]]
        #expect(documentedSteps.count == 1)
        let shown = documentedSteps[0], full = packSteps[0]
        for key in ["id", "prompt", "minutes", "hints", "outline", "followups", "wrong"] {
            // Objects compare as values: a dictionary's description has no fixed key order.
            #expect(NSArray(array: [shown[key] as Any]).isEqual(to: [full[key] as Any]), "steps[0].\(key)")
        }
        let fullPoints = full["points"] as! [[String: Any]]
        for point in shown["points"] as! [[String: Any]] {
            let match = fullPoints.first { $0["id"] as? String == point["id"] as? String }
            #expect(
                match.map { NSDictionary(dictionary: $0).isEqual(to: point) } == true, "point \(point["id"] ?? "?")")
        }
    }

    /// Shown alone, the excerpt is wrong only in what it leaves out.
    @Test func documentedExampleLacksOnlyTheOmittedParts() throws {
        let bytes = [UInt8](try JSONSerialization.data(withJSONObject: try Self.documentedExample()))
        let problems = PackValidator.validate(bytes).problems
        #expect(!problems.isEmpty)
        for problem in problems {
            let omitted = problem.message.hasPrefix("missing step") || problem.message.hasPrefix("needs 5 to 10 points")
            #expect(omitted, "\(problem)")
        }
    }
}

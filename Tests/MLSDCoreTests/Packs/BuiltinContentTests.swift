import Foundation
import MLSDCore
import Testing

/// The built-in content must meet the same rules as a user's pack.
@Suite struct BuiltinContentTests {
    static let casePaths = (try? RepositoryFiles.builtinCases()) ?? []

    @Test func thereAreBuiltinCases() {
        #expect(Self.casePaths.count >= 6)
    }

    @Test(arguments: casePaths)
    func builtinCaseValidates(_ path: String) throws {
        let validation = PackValidator.validate(try RepositoryFiles.bytes(path))
        #expect(validation.problems.map(\.description) == [], "\(path)")
        let study = try #require(validation.cases.first)
        #expect(path == "Data/cases/\(study.id).json", "the file name must be the case id")
        #expect(validation.pointCount >= 35)
    }

    /// A first-time user needs a few well-scoped cases to start with, and the rest a range to grow into.
    @Test func difficultiesAreSpread() throws {
        let studies = try Self.casePaths.compactMap {
            PackValidator.validate(try RepositoryFiles.bytes($0)).cases.first
        }
        let easy = studies.filter { $0.difficulty == .easy }.map(\.id).sorted()
        #expect(easy == ["eta-prediction", "similar-listings", "street-view-blurring"])
        #expect(studies.contains { $0.difficulty == .medium } && studies.contains { $0.difficulty == .hard })
    }

    @Test func pitfallsAreWellFormed() throws {
        let bytes = try RepositoryFiles.bytes("Data/pitfalls.json")
        let pitfalls = try JSONDecoder().decode([Pitfall].self, from: Data(bytes))
        #expect(pitfalls.count >= 10)
        #expect(Set(pitfalls.map(\.id)).count == pitfalls.count, "pitfall ids are unique")
        for pitfall in pitfalls {
            #expect(PackRules.isKebabCase(pitfall.id), "\(pitfall.id)")
            #expect(!pitfall.title.isEmpty && !pitfall.why.isEmpty, "\(pitfall.id)")
            #expect(!pitfall.steps.isEmpty, "\(pitfall.id) checks no step")
            #expect(
                !(pitfall.triggers + pitfall.unless).contains { $0.allSatisfy(\.isWhitespace) },
                "\(pitfall.id) has an empty phrasing")
        }
        // Unknown fields would be ignored by the decoder: check the raw objects too.
        let raw = try JSONSerialization.jsonObject(with: Data(bytes)) as! [[String: Any]]
        for object in raw {
            #expect(Set(object.keys).isSubset(of: PackRules.pitfallFields), "\(object["id"] ?? "?")")
        }
    }
}

import Foundation
import Testing

@testable import MLSDTestSupport

@Suite struct CatalogListingTests {
    static let requiredIDs = [
        "video-recommendation", "ad-click-prediction", "harmful-content-detection", "visual-search",
        "people-you-may-know", "event-recommendation", "news-feed-ranking", "similar-listings",
        "video-search", "street-view-blurring", "fraud-detection", "search-autocomplete",
    ]

    @Test func everyRequiredCaseIsListedWithItsRubric() throws {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        let result = try mlsd.run(["cases", "--json"])
        #expect(result.status == 0)
        let cases = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [[String: Any]]
        let ids = Set(cases.compactMap { $0["id"] as? String })
        #expect(Set(Self.requiredIDs).isSubset(of: ids))
        #expect(try Int(mlsd.sql("SELECT COUNT(*) FROM points WHERE retired = 0"))! >= 600)
        #expect(try mlsd.sql("SELECT MIN(n) FROM (SELECT COUNT(*) n FROM points GROUP BY case_id, step)") >= "5")
        #expect(try Int(mlsd.sql("SELECT COUNT(*) FROM pitfalls"))! >= 10)
    }

    @Test func tagFilterAndUnknownTag() throws {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        let all = try mlsd.run(["cases"])
        #expect(all.stdout.contains("video-recommendation"))
        let tag = try mlsd.sql("SELECT json_extract(tags, '$[0]') FROM cases WHERE id = 'fraud-detection'")
        let filtered = try mlsd.run(["cases", "--tag", tag])
        #expect(filtered.stdout.contains("fraud-detection"))
        let unknown = try mlsd.run(["cases", "--tag", "no-such-tag-at-all"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.hasPrefix("mlsd: unknown tag 'no-such-tag-at-all'"))
    }

    @Test func listingEndsWithEveryTagAndHowManyCasesCarryIt() throws {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        let all = try mlsd.run(["cases"])
        #expect(all.status == 0)
        let counts = try mlsd.sql(
            """
            SELECT t.value || ' (' || COUNT(*) || ')' FROM cases c, json_each(c.tags) t
            WHERE c.retired = 0 GROUP BY t.value ORDER BY COUNT(*) DESC, t.value
            """
        ).split(separator: "\n").map(String.init)
        #expect(counts.count >= 5)
        let lines = all.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(where: { $0.hasPrefix("Tags: ") }) else {
            Issue.record("no tag summary in:\n\(all.stdout)")
            return
        }
        // The summary lists every tag once, most used first, and wraps only between tags.
        let summary = lines[start...].prefix { !$0.isEmpty }
        let listed = summary.joined(separator: " ").dropFirst("Tags: ".count)
            .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(listed == counts)
        #expect(summary.count > 1, "80 columns (not a terminal) cannot hold every tag on one line")
        #expect(summary.allSatisfy { $0.count <= 80 })
        #expect(all.stdout.contains("List one family with 'mlsd cases --tag TAG'"))
    }

    @Test func tagIsCaseInsensitiveAndATypoGetsDidYouMean() throws {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        _ = try mlsd.run(["cases"])
        let tag = try mlsd.sql("SELECT json_extract(tags, '$[0]') FROM cases WHERE id = 'fraud-detection'")
        let expected = try mlsd.sql(
            """
            SELECT id FROM cases c WHERE retired = 0 AND EXISTS (SELECT 1 FROM json_each(c.tags) WHERE value = '\(tag)')
            ORDER BY source, position, id
            """
        ).split(separator: "\n").map(String.init)

        let upper = try mlsd.run(["cases", "--tag", tag.uppercased()])
        #expect(upper.status == 0)
        #expect(upper.stdout.contains("\(expected.count) case\(expected.count == 1 ? "" : "s") tagged '\(tag)'."))
        let json = try mlsd.run(["cases", "--tag", tag, "--json"])
        let rows = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [[String: Any]]
        #expect(rows.compactMap { $0["id"] as? String } == expected)
        #expect(rows.allSatisfy { ($0["tags"] as? [String])?.contains(tag) == true })

        let typo = try mlsd.run(["cases", "--tag", tag + "x"])
        #expect(typo.status == 64)
        #expect(typo.stdout.isEmpty)
        #expect(typo.stderr.contains("unknown tag '\(tag)x' (did you mean '\(tag)'"))
    }
}

import Foundation
import Testing

@Suite struct CatalogListingTests {
    static let requiredIDs = [
        "video-recommendation", "ad-click-prediction", "harmful-content-detection", "visual-search",
        "people-you-may-know", "event-recommendation", "news-feed-ranking", "similar-listings",
        "video-search", "street-view-blurring", "fraud-detection", "search-autocomplete",
    ]

    @Test func everyRequiredCaseIsListedWithItsRubric() throws {
        let mlsd = MLSDProcess()
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
        let mlsd = MLSDProcess()
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
}

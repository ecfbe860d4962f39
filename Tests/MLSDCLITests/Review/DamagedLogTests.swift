import Foundation
import Testing

@testable import MLSDTestSupport

/// A review-log row whose saved card is not JSON (a hand edit, a bad restore) is read as "not a
/// new card" by the cards-introduced count, so due, review and the dashboard keep working.
@Suite struct DamagedLogTests {
    @Test func damagedPreviousCardDoesNotStopDueReviewOrDashboard() throws {
        let f = ReviewFixture(.inProcess)
        defer { f.remove() }
        #expect(
            try f.run(["cards", "add", "--case", "ad-click-prediction", "--step", "metrics", "--all-points"]).status
                == 0)
        #expect(try f.run(["rate", "3", "good"]).status == 0)
        try f.mlsd.sql("UPDATE review_log SET previous = 'not json {'")
        #expect(try f.mlsd.sql("SELECT COUNT(*) FROM review_log WHERE NOT json_valid(previous)") == "1")
        for arguments in [["due", "--json"], ["--json"]] {
            let result = try f.run(arguments)
            #expect(result.status == 0, "mlsd \(arguments.joined(separator: " ")): \(result.stderr)")
        }
        // Review shows its first card, then the end of input stops it as Ctrl-D would.
        let review = try f.run(["review"], input: "")
        #expect(review.stdout.contains("── 1/"), "\(review.stdout)\n\(review.stderr)")
        #expect(!review.stderr.contains("malformed"), "\(review.stderr)")
    }
}

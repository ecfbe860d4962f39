import Foundation
import Testing

@testable import MLSDCLI

/// Local times are written from calendar components (LocalTime), not a DateFormatter, which costs
/// more to build than the rest of `mlsd due` spends; they must read exactly as the
/// formatter would write them, in any zone, across daylight-saving changes and the whole range of
/// dates mlsd accepts.
@Suite struct TimeTextTests {
    @Test(arguments: [
        "UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe", "Pacific/Chatham",
    ])
    func localTimeReadsAsTheFormatterWritesIt(zone: String) throws {
        let timeZone = try #require(TimeZone(identifier: zone))
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        let text = TimeText(timeZone: timeZone)
        let end = 253_399_622_400.0  // 9999-11-30, the last instant mlsd schedules
        // Fixed instants (leap day 2000, daylight-saving changes of 2024), then strides whose
        // steps are not whole minutes, so they land at every time of day.
        var instants: [Double] = [0, 59.999, 951_782_400, 1_710_054_000, 1_711_846_799.5, end - 1]
        instants += stride(from: 0, to: end, by: 126_662_017.3)
        instants += stride(from: 1_700_000_000, to: 1_800_000_000, by: 199_997.7)
        for seconds in instants {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(text.local(date) == formatter.string(from: date), "\(zone) \(seconds)")
        }
    }
}

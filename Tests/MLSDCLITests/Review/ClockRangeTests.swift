import Foundation
import Testing

@testable import MLSDTestSupport

@Suite struct ClockRangeTests {
    /// Times mlsd cannot schedule in (before 1970, a week ahead past year 9999) are refused
    /// before anything is read or written, never a crash.
    @Test(arguments: ["1969-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "9999-12-01T00:00:00Z"])
    func aClockOutsideTheSchedulableYearsIsAUsageError(instant: String) throws {
        let mlsd = MLSDSandbox(.inProcess)
        defer { mlsd.remove() }
        for command in [["due"], ["stats"], ["review"], []] {
            let result = try mlsd.run(command, environment: ["MLSD_NOW": instant])
            #expect(result.status == 64, "\(command): \(result.status) \(result.stderr.prefix(200))")
            #expect(
                result.stderr
                    == "mlsd: MLSD_NOW='\(instant)' is outside 1970-01-01 to 9999-11-30, the years mlsd can schedule in; use an instant such as 2026-03-01T09:00:00Z or unset it\n"
            )
        }
        #expect(!FileManager.default.fileExists(atPath: mlsd.database))
        #expect(try mlsd.run(["due"], environment: ["MLSD_NOW": "9999-11-30T23:59:59Z"]).status == 0)
    }
}

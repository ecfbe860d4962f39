import Foundation
import Testing

@testable import MLSDTestSupport

@Suite struct CommandLineTests {
    @Test func dashboardWithNoArguments() throws {
        let mlsd = MLSDSandbox(.inProcess)
        defer { mlsd.remove() }
        let result = try mlsd.run([])
        #expect(result.status == 0)
        #expect(result.stdout.contains("mlsd practice "))
        #expect(!result.stdout.contains("\u{1B}["), "no colour when not on a terminal")
    }
}

import MLSDCore
import Testing

@Suite struct ExportFileNameTests {
    @Test func kebabCaseIdsAreKept() {
        #expect(ExportFileName.forCase("video-recommendation") == "video-recommendation.md")
        #expect(ExportFileName.forCase("fraud-detection", suffix: "-session-12") == "fraud-detection-session-12.md")
    }

    @Test func anythingElseIsReducedToASafeName() {
        #expect(ExportFileName.forCase("../../etc/passwd") == "etc-passwd.md")
        #expect(ExportFileName.forCase("Évil Case/..") == "vil-case.md")
        #expect(ExportFileName.forCase("..") == "case.md")
        #expect(ExportFileName.forCase("") == "case.md")
        #expect(ExportFileName.forCase(String(repeating: "a", count: 300)).count == 103)
        for id in ["../x", "/abs", ".hidden", "a\0b", "CON", "x/../../y"] {
            #expect(ExportFileName.isSafe(ExportFileName.forCase(id)))
        }
        #expect(
            !ExportFileName.isSafe("../x.md") && !ExportFileName.isSafe(".x.md") && !ExportFileName.isSafe("a/b.md"))
    }

    @Test func namesAreMadeDistinct() {
        #expect(ExportFileName.forCases(["a b", "a-b", "A_B", "c"]) == ["a-b.md", "a-b-2.md", "a-b-3.md", "c.md"])
    }
}

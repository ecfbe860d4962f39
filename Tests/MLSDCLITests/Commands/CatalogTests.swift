import Foundation
import Testing

@testable import MLSDTestSupport

/// `mlsd show` and `mlsd pitfalls` (their help is checked in process, by MLSDCLITests).
@Suite struct CatalogTests {
    static var video: [String: Any] { PackFiles.json("Data/cases/video-recommendation.json") as! [String: Any] }
    static var videoSteps: [[String: Any]] { video["steps"] as! [[String: Any]] }

    @Test func showGivesScenarioAndPromptsWithoutSpoilers() throws {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        let result = try mlsd.run(["show", "video-recommendation"])
        #expect(result.status == 0)
        let text = PackFiles.words(result.stdout)
        #expect(result.stdout.hasPrefix(Self.video["title"] as! String + "\n"))
        #expect(text.contains(PackFiles.words(Self.video["scenario"] as! String)))
        for (index, step) in Self.videoSteps.enumerated() {
            #expect(text.contains(PackFiles.words(step["prompt"] as! String)))
            #expect(
                text.contains(
                    "(\(step["id"] as! String)) · \(step["minutes"] as! Int) min · \((step["hints"] as! [String]).count) hints"
                ))
            #expect(result.stdout.contains("\n\(index + 1). "))
            let firstBullet = (step["outline"] as! [String])[0]
            #expect(!text.contains(PackFiles.words(firstBullet)), "the outline is a spoiler")
        }
        #expect(!result.stdout.contains("Spoiler") && !result.stdout.contains("Rubric"))
        #expect(
            result.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 }, "wrapped to 80 columns off a terminal")
    }

    @Test func showOutlineAddsModelAnswerRubricAndFollowUps() throws {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        let result = try mlsd.run(["show", "video-recommendation", "--outline"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "Spoiler: model answers and rubrics below; practise the case first.")
        let text = PackFiles.words(result.stdout)
        for step in Self.videoSteps {
            for bullet in step["outline"] as! [String] { #expect(text.contains("- " + PackFiles.words(bullet))) }
            // A follow-up is a question string (format v1) or an object with its question (v2).
            let questions = (step["followups"] as! [Any]).map {
                ($0 as? String) ?? (($0 as! [String: Any])["question"] as! String)
            }
            for question in questions { #expect(text.contains("- " + PackFiles.words(question))) }
            for point in step["points"] as! [[String: Any]] {
                #expect(text.contains("[\(point["weight"] as! Int)] " + PackFiles.words(point["title"] as! String)))
                #expect(text.contains(PackFiles.words(point["why"] as! String)))
                #expect(
                    !text.contains(PackFiles.words(point["question"] as! String)), "review questions stay for reviews")
            }
        }
        #expect(lines.allSatisfy { $0.count <= 80 })
    }

    @Test func showOneStepByIdOrNumber() throws {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        let byID = try mlsd.run(["show", "video-recommendation", "--step", "metrics"])
        #expect(byID.status == 0)
        #expect(byID.stdout.contains("\n2. Frame the problem and choose metrics (metrics)"))
        #expect(!byID.stdout.contains("\n1. ") && !byID.stdout.contains("\n3. "))
        #expect(try mlsd.run(["show", "video-recommendation", "--step", "2"]).stdout == byID.stdout)
        let wrong = try mlsd.run(["show", "video-recommendation", "--step", "metrix"])
        #expect(wrong.status == 64)
        #expect(wrong.stderr == "mlsd: unknown step 'metrix' (did you mean 'metrics'? see 'mlsd show --help')\n")
        #expect(wrong.stdout.isEmpty)
    }

    @Test func misspeltCaseGetsDidYouMean() throws {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        let result = try mlsd.run(["show", "video-recomendation"])
        #expect(result.status == 64)
        #expect(
            result.stderr
                == "mlsd: unknown case 'video-recomendation' (did you mean 'video-recommendation'? see 'mlsd cases')\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func showJSONHidesTheOutlineUnlessAsked() throws {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        let plain =
            try JSONSerialization.jsonObject(
                with: Data(try mlsd.run(["show", "video-recommendation", "--json"]).stdout.utf8)) as! [String: Any]
        #expect(plain["id"] as? String == "video-recommendation")
        #expect(plain["minutes"] as? Int == 45)
        let steps = plain["steps"] as! [[String: Any]]
        #expect(steps.map { $0["id"] as! String } == Self.videoSteps.map { $0["id"] as! String })
        #expect(steps[0]["hint_count"] as? Int == (Self.videoSteps[0]["hints"] as! [String]).count)
        #expect(steps[0]["outline"] == nil && steps[0]["points"] == nil && steps[0]["followups"] == nil)

        let full =
            try JSONSerialization.jsonObject(
                with: Data(
                    try mlsd.run(["show", "video-recommendation", "--json", "--outline", "--step", "serving"]).stdout
                        .utf8)) as! [String: Any]
        let serving = (full["steps"] as! [[String: Any]])
        #expect(serving.count == 1)
        let points = serving[0]["points"] as! [[String: Any]]
        #expect(points.count == (Self.videoSteps[6]["points"] as! [Any]).count)
        #expect(Set(points[0].keys) == ["id", "title", "weight", "why"])
    }

    @Test func pitfallsListTheCatalog() throws {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        let expected = PackFiles.json("Data/pitfalls.json") as! [[String: Any]]
        let result = try mlsd.run(["pitfalls"])
        #expect(result.status == 0)
        let text = PackFiles.words(result.stdout)
        for pitfall in expected {
            let steps = (pitfall["steps"] as! [String]).joined(separator: ", ")
            #expect(
                text.contains("\(pitfall["title"] as! String) (\(pitfall["id"] as! String)) · checked in: \(steps)"))
            #expect(text.contains(PackFiles.words(pitfall["why"] as! String)))
        }
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
        let json =
            try JSONSerialization.jsonObject(with: Data(try mlsd.run(["pitfalls", "--json"]).stdout.utf8))
            as! [[String: Any]]
        #expect(json.map { $0["id"] as! String } == expected.map { $0["id"] as! String })
        #expect(json.first?["steps"] as? [String] == expected.first?["steps"] as? [String])
    }
}

import Foundation
import Testing

@testable import MLSDTestSupport

@Suite struct ScoreCommandTests {
    static let answer = """
        I would start by collecting impression logs and watch events from the client through Kafka into a
        data lake. Labels are implicit: a click followed by at least 30 seconds of watch time counts as
        positive. Watch time arrives late, so we join labels after a delay window. Because positives are
        rare we downsample negatives and reweight, and we split training and validation by time.
        """

    @Test func scoresFromAFileAndFromStdinAlike() throws {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        let file = mlsd.folder + "/answer.txt"
        try Data(Self.answer.utf8).write(to: URL(fileURLWithPath: file))
        let fromFile = try mlsd.run([
            "score", "--case", "video-recommendation", "--step", "data", "--file", file, "--json",
        ])
        let fromStdin = try mlsd.run(
            ["score", "--case", "video-recommendation", "--step", "3", "--json"],
            input: Self.answer + "\n.\nignored after the dot\n")
        #expect(fromFile.status == 0)
        #expect(fromFile.stdout == fromStdin.stdout, "same answer, same score, whichever way it arrives")
        let json = try JSONSerialization.jsonObject(with: Data(fromFile.stdout.utf8)) as! [String: Any]
        #expect(
            Set(json.keys) == [
                "case", "step", "score", "level", "covered", "dismissed", "missed", "pitfalls", "followup", "wrong",
            ])
        #expect(json["case"] as? String == "video-recommendation")
        #expect(json["step"] as? String == "data")
        let score = try #require(json["score"] as? Double)
        // Three points made with substance and one named, of eight: a partial answer ("split by time"
        // no longer counts as point-in-time features, which it is not).
        #expect(score > 30 && score < 75)
        let covered = try #require(json["covered"] as? [[String: String]])
        #expect(covered.contains { $0["evidence"]!.contains("downsample negatives") })
        #expect(covered.allSatisfy { Set($0.keys) == ["id", "title", "evidence"] })
        let missed = try #require(json["missed"] as? [[String: String]])
        #expect(missed.allSatisfy { Set($0.keys) == ["id", "title", "why"] && !$0["why"]!.isEmpty })
        // Keys are sorted in the text itself.
        let keyOrder = [
            "\"case\"", "\"covered\"", "\"dismissed\"", "\"followup\"", "\"level\"", "\"missed\"", "\"pitfalls\"",
            "\"score\"", "\"step\"", "\"wrong\"",
        ]
        let positions = keyOrder.map { fromFile.stdout.range(of: $0)!.lowerBound }
        #expect(positions == positions.sorted())
    }

    @Test func humanOutputQuotesTheAnswerAndAsksTheNextQuestion() throws {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        let result = try mlsd.run(["score", "--case", "video-recommendation", "--step", "data"], input: Self.answer)
        #expect(result.status == 0)
        // One screen: score first, the three most important misses, what was made, how to see more.
        #expect(result.stdout.contains("Score "))
        #expect(result.stdout.contains("Most important missed"))
        #expect(result.stdout.contains("Made: ") || result.stdout.contains("Named only: "))
        #expect(result.stdout.contains("Add --verbose"))
        #expect(result.stdout.contains("Next question:"))
        #expect(result.stdout.split(separator: "\n").count <= 30, "fits one screen")
        let verbose = try mlsd.run(
            ["score", "--case", "video-recommendation", "--step", "data", "--verbose"], input: Self.answer)
        #expect(verbose.stdout.contains("Covered"))
        #expect(verbose.stdout.contains("Missed, most important first"))
        #expect(verbose.stdout.contains("downsample"), "the evidence quotes the answer")
        #expect(try mlsd.sql("SELECT COUNT(*) FROM answers") == "0", "scoring saves nothing")
    }

    @Test func wrongClaimsAreReportedWithTheirFix() throws {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        let answer =
            "ROC AUC is best for imbalanced data, so we report it. We pick the threshold at 0.5 for every payment."
        let json = try mlsd.run(["score", "--case", "fraud-detection", "--step", "metrics", "--json"], input: answer)
        let report = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        let wrong = try #require(report["wrong"] as? [[String: String]])
        #expect(!wrong.isEmpty)
        #expect(
            wrong.allSatisfy {
                Set($0.keys) == ["id", "title", "evidence", "why", "fix"] && answer.contains($0["evidence"]!)
            })
        #expect((report["score"] as? Double ?? 100) < 10)
        let text = try mlsd.run(["score", "--case", "fraud-detection", "--step", "metrics"], input: answer)
        #expect(text.stdout.contains("Wrong"))
        #expect(text.stdout.contains("Fix: "))
    }

    @Test func helpSaysWhatAScoreMeans() throws {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        let help = try mlsd.run(["score", "--help"])
        #expect(help.stdout.contains("A score of 100 means every point an expert expects"))
        #expect(help.stdout.contains("--verbose"))
    }

    @Test func dismissingThePointsEarnsLessThanMakingThem() throws {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        let strong = try mlsd.run(
            ["score", "--case", "fraud-detection", "--step", "model", "--json"],
            input: """
                I would start with a simple baseline: a gradient boosted trees model (GBDT) on transaction,
                card and merchant features, alongside the existing rules, because it is fast, explainable and
                strong on tabular data. Only if it plateaus would I try a sequence model over the card's
                recent transactions, trained with class weights because fraud is rare.
                """)
        let dismissive = try mlsd.run(
            ["score", "--case", "fraud-detection", "--step", "model", "--json"],
            input: """
                We don't need a simple baseline, and gradient boosted trees are not worth it here. Skip the
                rules too. I would go straight to a large transformer over all transactions.
                """)
        func value(_ output: String) throws -> Double {
            try #require(
                (try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])?["score"] as? Double)
        }
        #expect(try value(strong.stdout) > value(dismissive.stdout))
        let json = try JSONSerialization.jsonObject(with: Data(dismissive.stdout.utf8)) as! [String: Any]
        #expect(!(json["dismissed"] as! [Any]).isEmpty || !(json["pitfalls"] as! [Any]).isEmpty)
    }

    @Test(arguments: ["", "   \n\t  \n", ".\n", "\u{1F600}\u{1F680}"])
    func nothingToScoreIsSaidClearly(_ input: String) throws {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        let result = try mlsd.run(["score", "--case", "video-recommendation", "--step", "data"], input: input)
        #expect(result.status == 66)
        #expect(result.stderr.hasPrefix("mlsd: nothing to score"))
    }

    @Test func hostileInputNeverCrashes() throws {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        var random = SystemRandomNumberGenerator()
        let binary = Data((0..<50_000).map { _ in UInt8.random(in: 0...255, using: &random) })
        let invalidUTF8 =
            Data([0x66, 0x65, 0x61, 0x74, 0x75, 0x72, 0x65, 0xFF, 0xFE, 0x20])
            + Data("feature store and embeddings".utf8) + Data([0xC3, 0x28])
        let foreign = Data("我们使用特征存储 и эмбеддинги, עם מטמון, plus a feature store 🚀".utf8)
        let prose = Data(String(repeating: "We log impressions to Kafka and join delayed labels. ", count: 18_000).utf8)
        for input in [binary, invalidUTF8, foreign, prose] {
            let result = try mlsd.run(
                ["score", "--case", "video-recommendation", "--step", "features"], inputData: input)
            #expect(!result.signalled)
            #expect([0, 66].contains(result.status), "\(result.stderr)")
        }
    }

    /// As in practice: the first 1 MB is kept and scored, with the same notice, on standard error
    /// so that the report stays JSON.
    @Test func answersOverTheLimitAreCutAsInPractice() throws {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        let big = Data(String(repeating: "feature store ", count: 80_000).utf8)
        #expect(big.count > 1_000_000)
        let result = try mlsd.run(
            ["score", "--case", "video-recommendation", "--step", "features", "--json"], inputData: big)
        #expect(result.status == 0)
        #expect(result.stderr == "Your answer reached the 1 MB limit; the rest is left out. End it with '.'.\n")
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(report?["step"] as? String == "features")
        let help = try mlsd.run(["score", "--help"])
        #expect(help.stdout.contains("1 MB"))
    }

    /// A file is read as typed input is: it ends at a line holding a single '.', CR LF ends lines,
    /// and bytes that are not UTF-8 are read alike.
    @Test func aFileIsReadLikeStandardInput() throws {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        let bytes =
            Data("We log impressions to Kafka\r\nand join delayed labels ".utf8) + Data([0xFF, 0xC3, 0x28])
            + Data("\r\n.\r\nWe split training and validation by time and downsample negatives.\n".utf8)
        let file = mlsd.folder + "/answer.txt"
        try bytes.write(to: URL(fileURLWithPath: file))
        let arguments = ["score", "--case", "video-recommendation", "--step", "data", "--json"]
        let fromFile = try mlsd.run(arguments + ["--file", file])
        let fromStdin = try mlsd.run(arguments, inputData: bytes)
        #expect(fromFile.status == 0, "\(fromFile.stderr)")
        #expect(fromFile.stdout == fromStdin.stdout)
        #expect(!fromFile.stdout.contains("downsample"), "nothing after the '.' line is scored")
        #expect(!fromFile.stdout.contains("\r"))
    }

    @Test func badOptionsGetUsageErrors() throws {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        #expect(try mlsd.run(["score", "--step", "data"], input: "x").status == 64)
        #expect(try mlsd.run(["score", "--case", "video-recommendation"], input: "x").status == 64)
        let step = try mlsd.run(["score", "--case", "video-recommendation", "--step", "modle"], input: "x")
        #expect(step.status == 64)
        #expect(step.stderr.contains("did you mean 'model'"))
        let missing = try mlsd.run([
            "score", "--case", "video-recommendation", "--step", "model", "--file", mlsd.folder + "/nope",
        ])
        #expect(missing.status == 66)
    }
}

import Foundation
import MLSDCore
import Testing

/// The stemmer must reproduce the official Snowball English vocabulary exactly. The 42,649-word
/// list is not copied into the repository: it lives in shared/data/snowball-english beside the
/// clone (as in CI), found from this file's path.
@Suite struct PorterStemmerTests {
    static var vocabularyFolder: URL {
        URL(fileURLWithPath: #filePath)  // repo/Tests/MLSDCoreTests/Text/PorterStemmerTests.swift
            .deletingLastPathComponent()  // Text
            .deletingLastPathComponent()  // MLSDCoreTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // repo
            .deletingLastPathComponent()  // the folder holding repo and shared
            .appendingPathComponent("shared/data/snowball-english")
    }

    static var vocabularyPresent: Bool {
        ["voc.txt", "output.txt"].allSatisfy {
            FileManager.default.fileExists(atPath: vocabularyFolder.appendingPathComponent($0).path)
        }
    }

    // A user's clone has no shared/ beside it: the test skips there, saying where the list is expected.
    @Test(
        .enabled(
            if: vocabularyPresent,
            "Snowball vocabulary not found: expected voc.txt and output.txt in shared/data/snowball-english beside the repository"
        ))
    func reproducesTheOfficialVocabulary() throws {
        let folder = Self.vocabularyFolder
        let vocPath = folder.appendingPathComponent("voc.txt").path
        let outPath = folder.appendingPathComponent("output.txt").path
        let words = try String(contentsOfFile: vocPath, encoding: .utf8).split(separator: "\n")
        let stems = try String(contentsOfFile: outPath, encoding: .utf8).split(separator: "\n")
        #expect(words.count == 42_649)
        #expect(words.count == stems.count)
        var mismatches: [String] = []
        for (word, expected) in zip(words, stems) {
            let got = PorterStemmer.stem(String(word))
            if got != expected { mismatches.append("\(word): expected \(expected), got \(got)") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.prefix(10))")
    }

    @Test(arguments: [
        ("generation", "generat"), ("generate", "generat"), ("candidates", "candid"), ("candidate", "candid"),
        ("retraining", "retrain"), ("monitoring", "monitor"), ("features", "featur"), ("embeddings", "embed"),
        ("fluently", "fluentli"), ("dying", "die"), ("news", "news"), ("skies", "sky"), ("added", "add"),
        ("international", "internat"), ("pasted", "paste"), ("a", "a"), ("", ""),
    ])
    func stemsKnownWords(word: String, stem: String) {
        #expect(PorterStemmer.stem(word) == stem)
    }

    @Test func leavesNonASCIIAlone() {
        #expect(PorterStemmer.stem("naïve") == "naïve")
        #expect(PorterStemmer.stem("推荐") == "推荐")
    }
}

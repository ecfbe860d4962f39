import Foundation
import MLSDCore
#if canImport(Glibc)
import Glibc
#endif

/// Times the rubric scorer in process: a realistic answer scored again and again (answers per
/// second), then the same prose grown to larger sizes, whose cost per KB should stay flat.
///
/// Prints `setup SECONDS` (building the scorer for the step), `answer WORDS SECONDS PER-SECOND RUNS`,
/// a `size BYTES SECONDS RUNS` line per size, and `rss KB` (this process's peak).
enum ScoringBench {
    static func command(_ options: Options) throws {
        let decoder = JSONDecoder()
        let casePath = try options.string("case")
        let study: CaseStudy
        let pitfalls: [Pitfall]
        do {
            study = try decoder.decode(CaseStudy.self, from: Data(contentsOf: URL(fileURLWithPath: casePath)))
            pitfalls = try decoder.decode([Pitfall].self, from: Data(contentsOf: URL(fileURLWithPath: try options.string("pitfalls"))))
        } catch {
            throw BenchError("cannot read the content: \(error)")
        }
        let stepName = try options.string("step")
        guard let step = StepID(rawValue: stepName), let scorer = StepScorer(caseStudy: study, step: step, pitfalls: pitfalls) else {
            throw BenchError("\(casePath) has no step '\(stepName)'")
        }
        let answer = try readText(try options.string("answer"))
        let sizes = (options.optionalString("sizes") ?? "").split(separator: ",").compactMap { Int($0) }

        let setup = Stopwatch.median((0..<9).map { _ in
            Stopwatch.seconds { _ = StepScorer(caseStudy: study, step: step, pitfalls: pitfalls) }
        })
        print(String(format: "setup %.9f", setup))

        // Batches of 20 answers; the median batch gives the rate.
        let batch = 20, batches = 9
        var level = 0.0
        let perAnswer = Stopwatch.median((0..<batches).map { _ in
            Stopwatch.seconds { for _ in 0..<batch { level += scorer.score(answer: answer).score } }
        }) / Double(batch)
        let words = answer.split(whereSeparator: \.isWhitespace).count
        print(String(format: "answer %d %.9f %.1f %d", words, perAnswer, 1 / perAnswer, batch * batches))

        // Sizes take turns, round after round, so a burst of load on a shared machine hits them
        // alike; a small answer is scored several times per sample to rise above timer noise.
        let texts = sizes.map { grown(answer, to: $0) }
        let repeats = sizes.map { max(1, 262_144 / max(1, $0)) }
        let rounds = 11
        var samples = Array(repeating: [Double](), count: sizes.count)
        for _ in 0..<rounds {
            for (i, text) in texts.enumerated() {
                samples[i].append(Stopwatch.seconds {
                    for _ in 0..<repeats[i] { level += scorer.score(answer: text).score }
                } / Double(repeats[i]))
            }
        }
        for (i, text) in texts.enumerated() {
            print(String(format: "size %d %.9f %d", text.utf8.count, Stopwatch.median(samples[i]), rounds * repeats[i]))
        }
        // Printed so the optimiser cannot drop the scoring as unused.
        FileHandle.standardError.write(Data("mlsd-bench: score checksum \(level)\n".utf8))
        print("rss \(peakKilobytes())")
    }

    /// The answer's paragraphs repeated, rotating which comes first so the text is not one block
    /// copied verbatim, cut at a word boundary at `bytes` (the prose is ASCII, so bytes = characters).
    static func grown(_ answer: String, to bytes: Int) -> String {
        let paragraphs = answer.components(separatedBy: "\n\n").filter { !$0.isEmpty }
        var text = ""
        var turn = 0
        while text.utf8.count < bytes {
            for offset in paragraphs.indices {
                text += paragraphs[(offset + turn) % paragraphs.count] + "\n\n"
            }
            turn += 1
        }
        var cut = text.utf8.prefix(bytes)
        while let last = cut.last, last != UInt8(ascii: " "), last != UInt8(ascii: "\n") { cut = cut.dropLast() }
        return String(decoding: cut, as: UTF8.self)
    }

    /// `score-answer --answer FILE --bytes N --out FILE`: writes the grown answer for `mlsd score`.
    static func writeAnswer(_ options: Options) throws {
        let text = grown(try readText(try options.string("answer")), to: try options.int("bytes"))
        try write(text, to: try options.string("out"))
    }

    #if canImport(Glibc)
    /// Glibc imports RUSAGE_SELF as an enum case where getrusage wants its raw Int32.
    private static let RUSAGE_SELF_WHO = __rusage_who_t(RUSAGE_SELF.rawValue)
    #else
    private static let RUSAGE_SELF_WHO = RUSAGE_SELF
    #endif

    static func peakKilobytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF_WHO, &usage)
        return Int(usage.ru_maxrss)
    }
}

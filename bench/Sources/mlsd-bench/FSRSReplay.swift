import Foundation
import MLSDCore

/// Replays every history through `Scheduler.review` with fuzz off (py-fsrs's `enable_fuzzing=False`),
/// timing whole replays, and writes the final cards for comparison with py-fsrs.
enum FSRSReplay {
    static func command(_ options: Options) throws {
        let histories = try FSRSHistories.parse(try readText(try options.string("histories")))
        let runs = max(1, try options.int("runs", default: 5))
        let scheduler = try Scheduler(settings: SchedulerSettings(enableFuzz: false))
        var finals: [MemoryCard] = []
        var times: [Double] = []
        for _ in 0..<runs {
            times.append(Stopwatch.seconds { finals = replay(histories, with: scheduler) })
        }
        let reviews = histories.ratings.count
        let median = Stopwatch.median(times)
        // One line for the shell: median seconds, reviews per replay, reviews per second, runs,
        // then each run's seconds (the script pools runs taken before and after py-fsrs's).
        print(String(format: "%.6f %d %.0f %d ", median, reviews, Double(reviews) / median, runs)
            + times.map { String(format: "%.6f", $0) }.joined(separator: " "))
        if let path = options.optionalString("states") {
            try write(statesText(finals), to: path)
        }
    }

    static func replay(_ histories: FSRSHistories, with scheduler: Scheduler) -> [MemoryCard] {
        let start = Date(timeIntervalSince1970: Double(histories.start))
        var finals: [MemoryCard] = []
        finals.reserveCapacity(histories.cardCount)
        var index = 0
        for _ in 0..<histories.cardCount {
            var card = MemoryCard.new(due: start)
            var seconds = histories.start
            for _ in 0..<histories.reviewsPerCard {
                seconds += histories.elapsedSeconds[index]
                card = scheduler.review(
                    card: card, rating: histories.ratings[index],
                    now: Date(timeIntervalSince1970: Double(seconds)), seed: FuzzSeed(value: 0)).card
                index += 1
            }
            finals.append(card)
        }
        return finals
    }

    /// `state step stability difficulty due last-review` per card, numbers in full precision
    /// (a step of nil is written -1), the same columns bench/fsrs/py_fsrs.py writes.
    static func statesText(_ cards: [MemoryCard]) -> String {
        cards.map { card in
            [String(card.state.rawValue), String(card.step ?? -1),
             card.stability.map { "\($0)" } ?? "nan", card.difficulty.map { "\($0)" } ?? "nan",
             String(Int(card.due.timeIntervalSince1970.rounded())),
             card.lastReview.map { String(Int($0.timeIntervalSince1970.rounded())) } ?? "-1"]
                .joined(separator: " ")
        }.joined(separator: "\n") + "\n"
    }
}

import Foundation
import MLSDCore
import Testing

@Suite struct StepTimingTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func remainingAndOverBudget() {
        let timing = StepTiming(minutes: 5, startedAt: start)
        #expect(timing.budget == 300)
        #expect(timing.elapsed(at: start.addingTimeInterval(72)) == 72)
        #expect(timing.status(at: start.addingTimeInterval(72)) == "3:48 left")
        #expect(!timing.isOver(at: start.addingTimeInterval(300)))
        #expect(timing.isOver(at: start.addingTimeInterval(365)))
        #expect(timing.status(at: start.addingTimeInterval(365)) == "over budget by 1:05")
        // A clock that went backwards never gives negative time.
        #expect(timing.elapsed(at: start.addingTimeInterval(-10)) == 0)
    }

    @Test func clockText() {
        #expect(ClockText.format(0) == "0:00")
        #expect(ClockText.format(59.9) == "0:59")
        #expect(ClockText.format(605) == "10:05")
        #expect(ClockText.format(3_729) == "1:02:09")
        #expect(ClockText.format(.infinity) == "0:00")
        #expect(ClockText.minutes(2_700) == "45 min")
    }
}

@Suite struct CasePickerTests {
    @Test func prefersCasesNeverPractised() {
        let cases = [
            CaseRecord(id: "a", attempts: 2, bestScore: 10), CaseRecord(id: "b", attempts: 0, bestScore: nil),
            CaseRecord(id: "c", attempts: 0, bestScore: nil),
        ]
        for seed in 0..<50 as Range<UInt64> {
            var generator = SplitMix64(seed: seed)
            #expect(["b", "c"].contains(CasePicker.pick(from: cases, using: &generator)))
        }
    }

    @Test func thenTheWeakestAndAnUnfinishedOneCountsAsZero() {
        let cases = [
            CaseRecord(id: "a", attempts: 2, bestScore: 80), CaseRecord(id: "b", attempts: 1, bestScore: 35),
            CaseRecord(id: "c", attempts: 3, bestScore: 60),
        ]
        var generator = SplitMix64(seed: 7)
        #expect(CasePicker.pick(from: cases, using: &generator) == "b")
        let unfinished = cases + [CaseRecord(id: "d", attempts: 1, bestScore: nil)]
        #expect(CasePicker.pick(from: unfinished, using: &generator) == "d")
    }

    @Test func aNewcomerStartsWithAnEasyCase() {
        let cases = [
            CaseRecord(id: "hard-one", attempts: 0, bestScore: nil, difficulty: .hard),
            CaseRecord(id: "easy-one", attempts: 0, bestScore: nil, difficulty: .easy),
            CaseRecord(id: "medium-one", attempts: 0, bestScore: nil, difficulty: .medium),
            CaseRecord(id: "easy-two", attempts: 0, bestScore: nil, difficulty: .easy),
        ]
        var seen = Set<String>()
        for seed in 0..<50 as Range<UInt64> {
            var generator = SplitMix64(seed: seed)
            let choice = CasePicker.choose(from: cases, using: &generator)
            #expect(choice?.reason == .firstEasy)
            seen.insert(choice?.id ?? "")
        }
        #expect(seen == ["easy-one", "easy-two"], "random among the easy cases, never a harder one")
    }

    @Test func theEasyPreferenceEndsWithTheFirstSession() {
        // One session anywhere (even an unfinished one) and the user is no longer new: every
        // case not practised yet is a candidate again, whatever its difficulty.
        let cases = [
            CaseRecord(id: "easy-one", attempts: 0, bestScore: nil, difficulty: .easy),
            CaseRecord(id: "hard-one", attempts: 0, bestScore: nil, difficulty: .hard),
            CaseRecord(id: "done", attempts: 1, bestScore: nil, difficulty: .medium),
        ]
        var seen = Set<String>()
        for seed in 0..<50 as Range<UInt64> {
            var generator = SplitMix64(seed: seed)
            let choice = CasePicker.choose(from: cases, using: &generator)
            #expect(choice?.reason == .fresh)
            seen.insert(choice?.id ?? "")
        }
        #expect(seen == ["easy-one", "hard-one"])
    }

    @Test func aNewcomerWithoutEasyCasesGetsAnyCase() {
        let cases = [
            CaseRecord(id: "a", attempts: 0, bestScore: nil, difficulty: .hard),
            CaseRecord(id: "b", attempts: 0, bestScore: nil, difficulty: .medium),
        ]
        var generator = SplitMix64(seed: 3)
        let choice = CasePicker.choose(from: cases, using: &generator)
        #expect(choice?.reason == .fresh)
        #expect(["a", "b"].contains(choice?.id))
        let practised = [
            CaseRecord(id: "a", attempts: 2, bestScore: 70, difficulty: .easy),
            CaseRecord(id: "b", attempts: 1, bestScore: 40, difficulty: .hard),
        ]
        #expect(CasePicker.choose(from: practised, using: &generator) == CasePicker.Choice(id: "b", reason: .weakest))
    }

    @Test func theSameSeedGivesTheSameChoice() {
        let cases = (0..<20).map { CaseRecord(id: "case-\($0)", attempts: 0, bestScore: nil) }
        var first = SplitMix64(seed: 42), second = SplitMix64(seed: 42)
        let picks = (0..<10).map { _ in CasePicker.pick(from: cases, using: &first) }
        #expect(picks == (0..<10).map { _ in CasePicker.pick(from: cases, using: &second) })
        #expect(Set(picks).count > 1)
        var generator = SplitMix64(seed: 1)
        #expect(CasePicker.pick(from: [], using: &generator) == nil)
    }
}

@Suite struct TagTallyTests {
    @Test func mostUsedTagsFirstThenAlphabetical() {
        let tally = TagTally.tally([
            ["search", "ranking"], ["ranking", "ads"], ["search", "ranking", "search"], ["vision"],
        ])
        #expect(
            tally == [
                TagTally.Entry(tag: "ranking", count: 3), TagTally.Entry(tag: "search", count: 2),
                TagTally.Entry(tag: "ads", count: 1), TagTally.Entry(tag: "vision", count: 1),
            ])
        #expect(TagTally.tally([]).isEmpty)
    }
}

import Foundation

/// Consecutive study days with any practice or review.
public struct PracticeStreak: Codable, Sendable, Equatable {
    /// Days in a row up to today, or up to yesterday while today has nothing yet: a streak is
    /// not broken until the day is over.
    public var current: Int
    public var longest: Int
    public var activeToday: Bool
    /// Days with any activity, ever.
    public var activeDays: Int

    public init(current: Int, longest: Int, activeToday: Bool, activeDays: Int) {
        self.current = current
        self.longest = longest
        self.activeToday = activeToday
        self.activeDays = activeDays
    }

    public static func compute(activity: [Date], now: Date, calendar: StudyCalendar) -> PracticeStreak {
        compute(days: Set(activity.map(calendar.dayNumber(containing:))), today: calendar.dayNumber(containing: now))
    }

    /// From the study day numbers with any activity.
    public static func compute(days: Set<Int>, today: Int) -> PracticeStreak {
        let activeToday = days.contains(today)
        var current = 0
        var day = activeToday ? today : today - 1
        while days.contains(day) {
            current += 1
            day -= 1
        }
        var longest = 0
        var run = 0
        var previous: Int?
        for day in days.sorted() {
            run = (previous.map { day == $0 + 1 } ?? false) ? run + 1 : 1
            longest = max(longest, run)
            previous = day
        }
        return PracticeStreak(current: current, longest: longest, activeToday: activeToday, activeDays: days.count)
    }
}

/// A quarter hour with any practice or review (the store keeps these), and the reviews in it.
public struct ActivitySlot: Sendable, Equatable {
    public var start: Date
    public var reviews: Int

    public init(start: Date, reviews: Int) {
        self.start = start
        self.reviews = reviews
    }
}

import Foundation

@testable import MLSDCore

/// The py-fsrs 6.3.2 reference histories in Fixtures/fsrs/fsrs-reference.json (see generate.py
/// there), decoded, with a small ISO 8601 reader that needs neither a calendar nor a locale.
struct FSRSReference: Decodable {
    struct Settings: Decodable {
        var parameters: [Double]
        var desiredRetention: Double
        var learningSteps: [Double]
        var relearningSteps: [Double]
        var maximumInterval: Int
    }

    struct Card: Decodable {
        var state: Int
        var step: Int?
        var stability: Double?
        var difficulty: Double?
        var due: String
        var lastReview: String?
    }

    struct Review: Decodable {
        var rating: Int
        var reviewDatetime: String
        var retrievabilityBefore: Double
        var card: Card
    }

    struct History: Decodable {
        var name: String
        var cardId: Int64
        var settings: Settings
        var initial: Card
        var reviews: [Review]
    }

    var historyCount: Int
    var reviewCount: Int
    var histories: [History]

    static let shared: FSRSReference = {
        guard let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            fatalError("Fixtures folder missing from the test bundle")
        }
        let url = folder.appendingPathComponent("fsrs/fsrs-reference.json")
        do {
            let decoder = JSONDecoder()
            decoder.keyDecodingStrategy = .convertFromSnakeCase
            return try decoder.decode(FSRSReference.self, from: Data(contentsOf: url))
        } catch {
            fatalError("cannot read \(url.path): \(error)")
        }
    }()
}

extension FSRSReference.Settings {
    var schedulerSettings: SchedulerSettings {
        SchedulerSettings(
            parameters: parameters, desiredRetention: desiredRetention,
            learningSteps: learningSteps, relearningSteps: relearningSteps,
            maximumInterval: maximumInterval, enableFuzz: false)
    }
}

extension FSRSReference.Card {
    var memoryCard: MemoryCard {
        MemoryCard(
            state: CardState(rawValue: state)!, step: step, stability: stability, difficulty: difficulty,
            due: ISO8601.date(due)!, lastReview: lastReview.map { ISO8601.date($0)! })
    }
}

/// Reads the timestamps Python's `datetime.isoformat()` writes ("2024-03-01T09:00:00+00:00",
/// optionally with ".250000") and the "Z" form. Dates run to year 4000 and beyond, so the
/// conversion is plain arithmetic (days from the civil calendar) rather than a formatter.
enum ISO8601 {
    static func date(_ text: String) -> Date? {
        let scalars = Array(text.utf8)
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= scalars.count else { return nil }
            var value = 0
            for byte in scalars[from..<(from + count)] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard scalars.count >= 20, let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
            let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2)
        else { return nil }
        var index = 19
        var fraction = 0.0
        if index < scalars.count, scalars[index] == UInt8(ascii: ".") {
            index += 1
            var scale = 0.1
            while index < scalars.count, (48...57).contains(scalars[index]) {
                fraction += Double(scalars[index] - 48) * scale
                scale /= 10
                index += 1
            }
        }
        var offset = 0
        let zone = String(decoding: scalars[index...], as: UTF8.self)
        if zone == "Z" {
            offset = 0
        } else if zone.count == 6, let hours = number(index + 1, 2), let minutes = number(index + 4, 2) {
            offset = (hours * 3600 + minutes * 60) * (zone.hasPrefix("-") ? -1 : 1)
        } else {
            return nil
        }
        let seconds = daysFromCivil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    /// Howard Hinnant's days_from_civil: days since 1970-01-01 in the proleptic Gregorian calendar.
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}

import Foundation

/// Step lists such as "1m 10m": whole numbers with a unit (s, m, h, d), separated by spaces or commas.
public enum Durations {
    static let units: [(suffix: Character, seconds: Int)] = [("d", 86_400), ("h", 3_600), ("m", 60), ("s", 1)]

    /// Seconds for each step, [] for "none", nil when malformed.
    public static func parse(_ text: String) -> [Int]? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if trimmed.isEmpty || trimmed == "none" { return [] }
        var result: [Int] = []
        for part in trimmed.split(whereSeparator: { $0 == " " || $0 == "," }) {
            guard let unit = part.last, let seconds = units.first(where: { $0.suffix == unit })?.seconds,
                let amount = Int(part.dropLast()), amount > 0, amount <= 1_000_000
            else { return nil }
            result.append(amount * seconds)
        }
        return result
    }

    /// The largest unit that divides `seconds` exactly: 600 → "10m".
    public static func format(_ seconds: Int) -> String {
        for unit in units where seconds % unit.seconds == 0 {
            return "\(seconds / unit.seconds)\(unit.suffix)"
        }
        return "\(seconds)s"
    }
}

/// Bar charts and sparklines drawn with Unicode block elements, sized in terminal columns.
public enum TextChart {
    static let eighths: [Character] = [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]
    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    static let heights: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// A horizontal bar `width` columns long at full scale, drawn to 1/8 of a column and padded
    /// with spaces to `width`. A value above 0 always shows at least a sliver.
    public static func bar(_ value: Double, maximum: Double, width: Int) -> String {
        guard width > 0 else { return "" }
        let fraction = maximum > 0 ? min(max(value / maximum, 0), 1) : 0
        var units = Int((fraction * Double(width * 8)).rounded())
        if value > 0, units == 0 { units = 1 }
        let full = units / 8
        var bar = String(repeating: "█", count: full)
        if units % 8 > 0 { bar.append(eighths[units % 8]) }
        return bar + String(repeating: " ", count: width - bar.count)
    }

    /// One character per value on a fixed scale, so sparklines of different cases compare:
    /// 0 → ▁, 100 → █ by default.
    public static func sparkline(_ values: [Double], minimum: Double = 0, maximum: Double = 100) -> String {
        let span = max(maximum - minimum, .leastNonzeroMagnitude)
        return String(
            values.map { value in
                let fraction = min(max((value - minimum) / span, 0), 1)
                return levels[min(levels.count - 1, Int(fraction * Double(levels.count)))]
            })
    }

    /// Vertical bars, one column per value (`gap` spaces between), `height` rows tall, top row
    /// first. The scale is the largest value; a value above 0 always shows at least ▁.
    public static func columns(_ values: [Int], height: Int, gap: Int = 1) -> [String] {
        let top = max(values.max() ?? 0, 1)
        let units = values.map { value -> Int in
            let scaled = Int((Double(value) / Double(top) * Double(height * 8)).rounded())
            return value > 0 ? max(scaled, 1) : 0
        }
        let spacer = String(repeating: " ", count: gap)
        return (0..<height).reversed().map { row in
            units.map { String(heights[min(max($0 - row * 8, 0), 8)]) }.joined(separator: spacer)
        }
    }
}

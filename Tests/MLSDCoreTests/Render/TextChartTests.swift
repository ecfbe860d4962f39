import MLSDCore
import Testing

@Suite struct TextChartTests {
    @Test func barsAreDrawnToAnEighthAndPadded() {
        #expect(TextChart.bar(50, maximum: 100, width: 10) == "█████     ")
        #expect(TextChart.bar(100, maximum: 100, width: 4) == "████")
        #expect(TextChart.bar(130, maximum: 100, width: 4) == "████", "clamped to the scale")
        #expect(TextChart.bar(0, maximum: 100, width: 4) == "    ")
        #expect(TextChart.bar(1, maximum: 100, width: 4) == "▏   ", "a value above 0 always shows")
        #expect(TextChart.bar(56.25, maximum: 100, width: 4) == "██▎ ")
        #expect(TextChart.bar(12, maximum: 100, width: 40).count == 40)
    }

    @Test func sparklinesUseAFixedScale() {
        #expect(TextChart.sparkline([0, 12.5, 25, 37.5, 50, 62.5, 75, 100]) == "▁▂▃▄▅▆▇█")
        #expect(TextChart.sparkline([48, 66]) == "▄▆")
        #expect(TextChart.sparkline([]) == "")
    }

    @Test func columnsStackFromTheBottom() {
        let rows = TextChart.columns([0, 1, 4, 8], height: 2)
        #expect(rows == ["      █", "  ▂ █ █"])
        #expect(TextChart.columns([0, 0], height: 1) == ["   "])
    }
}

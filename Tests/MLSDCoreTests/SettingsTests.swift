import MLSDCore
import Testing

@Suite struct SettingsTests {
    @Test func defaultsApplyWhenNothingIsStored() {
        let settings = Settings()
        #expect(settings.desiredRetention == 0.9)
        #expect(settings.fuzz)
        #expect(settings.learningSteps == [60, 600])
        #expect(settings.relearningSteps == [600])
        #expect(settings.interviewDate == nil)
    }

    @Test func corruptedStoredValueFallsBackToDefault() {
        let settings = Settings(stored: ["maximum_interval": "banana", "learning_steps": "5m"])
        #expect(settings.maximumInterval == 36_500)
        #expect(settings.learningSteps == [300])
        #expect(settings.ignored == [.maximumInterval])
    }

    @Test func aStoredEditorIsAProgramAndItsOptionsOrNothing() {
        #expect(
            Settings(stored: ["editor": "'/opt/my editor/ed' --wait -nw"]).editor == [
                "/opt/my editor/ed", "--wait", "-nw",
            ])
        for planted in ["sh -c 'rm -rf ~'", "/usr/bin/python3.12 -c x", "vim -c '!id'", "code --wait\nrm", "perl5 -e1"]
        {
            let settings = Settings(stored: ["editor": planted])
            #expect(settings.editor == nil, "\(planted)")
            #expect(settings.ignored == [.editor], "\(planted)")
        }
    }

    @Test func durationsParseAndFormat() {
        #expect(Durations.parse("1m 10m") == [60, 600])
        #expect(Durations.parse("none") == [])
        #expect(Durations.parse("2h,1d") == [7_200, 86_400])
        #expect(Durations.parse("10") == nil)
        #expect(Durations.parse("0m") == nil)
        #expect(Durations.format(600) == "10m")
        #expect(Durations.format(90) == "90s")
    }

    @Test func calendarDaysAreChecked() {
        #expect(CalendarDay("2028-02-29") != nil)
        #expect(CalendarDay("2026-02-29") == nil)
        #expect(CalendarDay("2026-13-01") == nil)
        #expect(CalendarDay("26-01-01") == nil)
    }

    @Test func suggestionsFindTheClosestName() {
        #expect(
            Suggestions.closest(to: "video-recomendation", in: ["video-recommendation", "video-search"]) == [
                "video-recommendation"
            ])
        #expect(
            Suggestions.closest(to: "video-recomendation", in: ["event-recommendation", "video-recommendation"]) == [
                "video-recommendation"
            ])
        #expect(Suggestions.closest(to: "zzzzzz", in: ["cases", "practice"]).isEmpty)
        #expect(Suggestions.editDistance(Array("ab"), Array("ba")) == 1)
    }
}

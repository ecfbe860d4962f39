import Foundation
import Testing

@testable import MLSDCore

@Suite("Scheduler settings validation")
struct SchedulerSettingsTests {
    func issues(_ settings: SchedulerSettings) -> [SchedulerSettingsError.Issue] {
        do {
            try settings.validate()
            return []
        } catch {
            return error.issues
        }
    }

    @Test func defaultsAreValidAndMatchPyFSRS() throws {
        let settings = SchedulerSettings()
        try settings.validate()
        #expect(settings.parameters.count == 21 && settings.parameters[20] == 0.1542)
        #expect(settings.desiredRetention == 0.9 && settings.maximumInterval == 36500)
        #expect(settings.learningSteps == [60, 600] && settings.relearningSteps == [600])
        #expect(settings.enableFuzz)
    }

    @Test func boundsThemselvesAreAllowed() throws {
        try SchedulerSettings(parameters: SchedulerSettings.parameterBounds.map(\.lowerBound)).validate()
        try SchedulerSettings(parameters: SchedulerSettings.parameterBounds.map(\.upperBound)).validate()
        try SchedulerSettings(desiredRetention: 0.7, learningSteps: [], relearningSteps: [], maximumInterval: 1)
            .validate()
        try SchedulerSettings(desiredRetention: 0.99).validate()
    }

    @Test func wrongParameterCount() {
        let found = issues(SchedulerSettings(parameters: Array(SchedulerSettings.defaultParameters.prefix(19))))
        #expect(found == [.parameterCount(found: 19, expected: 21)])
        #expect(found[0].description == "expected 21 FSRS-6 parameters (w0…w20), got 19")
    }

    @Test func parameterOutOfRangeNamesTheWeightAndTheRange() {
        var w = SchedulerSettings.defaultParameters
        w[7] = 0.9
        w[20] = 0
        let found = issues(SchedulerSettings(parameters: w))
        #expect(
            found == [
                .parameterOutOfRange(index: 7, value: 0.9, allowed: 0.001...0.75),
                .parameterOutOfRange(index: 20, value: 0, allowed: 0.1...0.8),
            ])
        #expect(
            found[0].description
                == "parameter w7 (difficulty mean reversion) = 0.9 is outside the allowed range 0.001…0.75")
        #expect(
            found[1].description
                == "parameter w20 (forgetting-curve decay) = 0 is outside the allowed range 0.1…0.8")
    }

    @Test("desired retention outside 0.70…0.99", arguments: [0.5, 0.69, 0.995, 1, .nan])
    func retentionOutOfRange(value: Double) {
        let found = issues(SchedulerSettings(desiredRetention: value))
        #expect(found.count == 1)
        #expect(found.first?.description.hasPrefix("desired retention") == true)
        #expect(found.first?.description.hasSuffix("outside the allowed range 0.70…0.99") == true)
    }

    @Test func badSteps() {
        let found = issues(SchedulerSettings(learningSteps: [60, 0], relearningSteps: [-5, .infinity]))
        #expect(
            found == [
                .stepNotPositive(list: .learning, index: 1, seconds: 0),
                .stepNotPositive(list: .relearning, index: 0, seconds: -5),
                .stepNotPositive(list: .relearning, index: 1, seconds: .infinity),
            ])
        #expect(found[1].description == "relearning step 1 is -5 s; each step must be a positive number of seconds")
    }

    @Test func maximumIntervalOutOfRange() {
        let found = issues(SchedulerSettings(maximumInterval: 0))
        #expect(found.map(\.description) == ["maximum interval 0 days is outside the allowed range 1…36500 days"])
    }

    @Test func allIssuesReportedAtOnce() throws {
        let settings = SchedulerSettings(desiredRetention: 2, learningSteps: [0], maximumInterval: -1)
        let error = try #require(throws: SchedulerSettingsError.self) { try Scheduler(settings: settings) }
        #expect(error.issues.count == 3)
        #expect(error.description.hasPrefix("invalid scheduler settings:\n  - desired retention 2 is outside"))
    }

    @Test func decodingValidates() throws {
        let valid = SchedulerSettings(desiredRetention: 0.85, enableFuzz: false)
        let data = try JSONEncoder().encode(valid)
        #expect(try JSONDecoder().decode(SchedulerSettings.self, from: data) == valid)

        var invalid = valid
        invalid.desiredRetention = 0.5
        let bad = try JSONEncoder().encode(invalid)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(SchedulerSettings.self, from: bad) }
    }
}

@Suite("Scheduler settings from mlsd config")
struct SchedulerSettingsFromConfigTests {
    @Test func defaultsAgree() {
        #expect(SchedulerSettings(Settings()) == SchedulerSettings())
    }

    @Test func storedValuesCarryOver() throws {
        let config = Settings(stored: [
            "desired_retention": "0.85", "fuzz": "off", "learning_steps": "none",
            "relearning_steps": "5m 1h", "maximum_interval": "365",
        ])
        let settings = SchedulerSettings(config)
        try settings.validate()
        #expect(
            settings
                == SchedulerSettings(
                    desiredRetention: 0.85, learningSteps: [], relearningSteps: [300, 3600],
                    maximumInterval: 365, enableFuzz: false))
    }
}

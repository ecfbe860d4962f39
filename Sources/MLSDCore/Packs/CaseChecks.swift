/// The rules of a case, its steps and its rubric points (docs/content-format.md).
extension PackChecker {
    /// Checks one case; returns its id and where the id is, for checks across the pack.
    mutating func checkCase(_ caseNode: JSONNode, at path: JSONPath) -> (id: String, offset: Int)? {
        guard let fields = object(caseNode, at: path, allowed: PackRules.caseFields, what: "a case") else { return nil }
        let id = identifier(fields, "id")
        _ = title(fields)
        _ = string(fields, "scenario", maxLength: PackRules.maximumTextLength)
        if let difficultyNode = node(fields, "difficulty", expected: "easy, medium or hard"),
            let difficulty = string(difficultyNode, at: path.field("difficulty"), maxLength: PackRules.maximumIDLength),
            Difficulty(rawValue: difficulty) == nil
        {
            problems.add(
                path.field("difficulty"), "must be easy, medium or hard, got \(Quote.text(difficulty))",
                at: difficultyNode.offset)
        }
        checkTags(fields)
        checkSteps(fields)
        return id
    }

    private mutating func checkTags(_ fields: Fields) {
        guard let tags = array(fields, "tags", count: PackRules.tags, noun: ("tag", "tags"), strict: false) else {
            return
        }
        var seen: Set<String> = []
        for (index, node) in tags.enumerated() {
            let path = fields.path.field("tags").index(index)
            guard let tag = identifier(node, at: path) else { continue }
            if !seen.insert(tag).inserted {
                problems.add(path, "the tag \(Quote.text(tag)) is listed twice", at: node.offset)
            }
        }
    }

    /// Each of the seven steps once, in framework order, with budgets adding up to the interview.
    private mutating func checkSteps(_ fields: Fields) {
        guard let stepsNode = node(fields, "steps", expected: "an array of the seven steps") else { return }
        let path = fields.path.field("steps")
        guard case .array(let steps) = stepsNode.value else {
            problems.add(
                path, "must be an array of the seven steps (in brackets), got \(Quote.value(stepsNode.value))",
                at: stepsNode.offset)
            return
        }
        var firstSeen: [StepID: Int] = [:]
        var order: [(step: StepID, offset: Int)] = []
        var minutes: [Int] = []
        var pointIDs: [String: JSONPath] = [:]
        // A misspelt step id ("metric") is already reported with its did-you-mean; it is not
        // reported missing too. With an id that suggests nothing, "missing" would only be a guess.
        var meant: Set<StepID> = []
        var unreadable = false
        for (index, stepNode) in steps.enumerated() {
            let stepPath = path.index(index)
            let checked = checkStep(stepNode, at: stepPath, pointIDs: &pointIDs)
            if let budget = checked.minutes { minutes.append(budget) }
            guard let step = checked.id else {
                if let guess = checked.guess { meant.insert(guess) } else { unreadable = true }
                continue
            }
            if let first = firstSeen[step] {
                problems.add(
                    stepPath.field("id"),
                    "step '\(step.rawValue)' appears twice (also at \(path.index(first))); each step appears once",
                    at: checked.idOffset)
                continue
            }
            firstSeen[step] = index
            order.append((step, checked.idOffset ?? stepNode.offset))
        }
        let missing = StepID.allCases.filter { firstSeen[$0] == nil && !meant.contains($0) }
        if !unreadable, !missing.isEmpty {
            let message =
                missing.count == 1
                ? "missing step '\(missing[0].rawValue)' (\(missing[0].title)); all seven steps are needed"
                : "missing steps \(missing.map { "'\($0.rawValue)'" }.joined(separator: ", ")); "
                    + "all seven steps are needed"
            problems.add(path, message, at: stepsNode.offset)
        }
        if let misplaced = zip(order, order.dropFirst()).first(where: { $0.0.step > $0.1.step }) {
            let expected = StepID.allCases.map(\.rawValue).joined(separator: ", ")
            problems.add(
                path,
                "steps are out of order: '\(misplaced.1.step.rawValue)' comes after '\(misplaced.0.step.rawValue)'; "
                    + "the order is \(expected)",
                at: misplaced.1.offset)
        }
        if firstSeen.count == StepID.allCases.count, steps.count == firstSeen.count, minutes.count == steps.count {
            let total = minutes.reduce(0, +)
            if total != PackRules.totalMinutes {
                problems.add(
                    path, "the steps' minutes add up to \(total); they must add up to \(PackRules.totalMinutes)",
                    at: stepsNode.offset)
            }
        }
    }

    /// The step's id (or, when misspelt, the id it most likely means) and budget, once checked.
    private mutating func checkStep(_ node: JSONNode, at path: JSONPath, pointIDs: inout [String: JSONPath])
        -> (id: StepID?, guess: StepID?, idOffset: Int?, minutes: Int?)
    {
        guard let fields = object(node, at: path, allowed: PackRules.stepFields, what: "a step") else {
            return (nil, nil, nil, nil)
        }
        var step: StepID?
        var guess: StepID?
        var idOffset: Int?
        if let idNode = self.node(fields, "id", expected: "one of the seven step ids"),
            let name = string(idNode, at: path.field("id"), maxLength: PackRules.maximumIDLength)
        {
            idOffset = idNode.offset
            step = StepID(rawValue: name)
            if step == nil {
                let names = StepID.allCases.map(\.rawValue)
                guess = Suggestions.closest(to: name, in: names).first.flatMap(StepID.init(rawValue:))
                let close = guess.map { "did you mean '\($0.rawValue)'? " } ?? ""
                problems.add(
                    path.field("id"),
                    "unknown step \(Quote.text(name)) (\(close)steps are \(names.joined(separator: ", ")))",
                    at: idNode.offset)
            }
        }
        _ = string(fields, "prompt", maxLength: PackRules.maximumTextLength)
        let minutes = integer(fields, "minutes", in: PackRules.minutes)
        _ = strings(
            fields, "hints", count: PackRules.hints, noun: ("hint", "hints"), strict: true,
            maxLength: PackRules.maximumTextLength)
        _ = strings(
            fields, "outline", count: PackRules.outline, noun: ("bullet", "bullets"), strict: false,
            maxLength: PackRules.maximumTextLength)
        checkFollowups(fields)
        checkWrongClaims(fields, pointIDs: &pointIDs)
        if let points = array(fields, "points", count: PackRules.points, noun: ("point", "points"), strict: true) {
            for (index, point) in points.enumerated() {
                checkPoint(point, at: path.field("points").index(index), pointIDs: &pointIDs)
            }
        }
        return (step, guess, idOffset, minutes)
    }

    /// Records the object's id in the case's namespace, or reports where it was first used:
    /// answers and review cards refer to points and wrong claims by these ids.
    mutating func registerID(
        _ fields: Fields, at path: JSONPath, in ids: inout [String: JSONPath], named: String, rule: String
    ) {
        guard let (id, offset) = identifier(fields, "id") else { return }
        if let first = ids[id] {
            problems.add(
                path.field("id"),
                "\(named) \(Quote.text(id)) is already used at \(first); \(rule) must be unique within a case",
                at: offset)
        } else {
            ids[id] = path
        }
    }

    private mutating func checkPoint(_ node: JSONNode, at path: JSONPath, pointIDs: inout [String: JSONPath]) {
        guard let fields = object(node, at: path, allowed: PackRules.pointFields, what: "a rubric point") else {
            return
        }
        registerID(fields, at: path, in: &pointIDs, named: "the point id", rule: "point ids")
        _ = title(fields)
        _ = integer(fields, "weight", in: PackRules.weight)
        _ = string(fields, "why", maxLength: PackRules.maximumTextLength)
        _ = string(fields, "question", maxLength: PackRules.maximumTextLength)
        _ = strings(
            fields, "phrasings", count: PackRules.phrasings, noun: ("phrasing", "phrasings"), strict: false,
            maxLength: PackRules.maximumPhrasingLength)
        _ = strings(
            fields, "plain", count: PackRules.plain, noun: ("plain phrasing", "plain phrasings"), strict: false,
            maxLength: PackRules.maximumPhrasingLength, required: false)
        _ = strings(
            fields, "details", count: PackRules.details, noun: ("detail", "details"), strict: false,
            maxLength: PackRules.maximumPhrasingLength, required: false)
    }
}

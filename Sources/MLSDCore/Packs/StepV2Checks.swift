/// The rules of content format v2 for a step: follow-ups as strings or objects with expected
/// points and triggers, and the step's wrong claims (docs/content-format.md).
extension PackChecker {
    /// 2–4 follow-ups, each a question string (format v1) or an object.
    mutating func checkFollowups(_ fields: Fields) {
        guard
            let items = array(
                fields, "followups", count: PackRules.followups, noun: ("follow-up", "follow-ups"), strict: true)
        else { return }
        let path = fields.path.field("followups")
        for (index, item) in items.enumerated() {
            let itemPath = path.index(index)
            if case .string = item.value {
                _ = string(item, at: itemPath, maxLength: PackRules.maximumTextLength)
                continue
            }
            guard case .object = item.value else {
                problems.add(
                    itemPath,
                    "must be a follow-up (a question string, or an object with 'question'), "
                        + "got \(Quote.value(item.value))",
                    at: item.offset)
                continue
            }
            guard let followup = object(item, at: itemPath, allowed: PackRules.followupFields, what: "a follow-up")
            else { continue }
            _ = string(followup, "question", maxLength: PackRules.maximumTextLength)
            _ = strings(
                followup, "triggers", count: PackRules.triggers, noun: ("trigger", "triggers"), strict: false,
                maxLength: PackRules.maximumPhrasingLength, required: false)
            if let expects = array(
                followup, "expects", count: PackRules.expects, noun: ("expected point", "expected points"),
                strict: true, required: false)
            {
                for (n, expected) in expects.enumerated() {
                    let expectedPath = itemPath.field("expects").index(n)
                    guard
                        let point = object(
                            expected, at: expectedPath, allowed: PackRules.expectFields, what: "an expected point")
                    else { continue }
                    _ = title(point)
                    _ = strings(
                        point, "phrasings", count: PackRules.expectPhrasings, noun: ("phrasing", "phrasings"),
                        strict: false,
                        maxLength: PackRules.maximumPhrasingLength)
                }
            }
        }
    }

    /// Optional wrong claims; their ids share the case's namespace with the rubric points.
    mutating func checkWrongClaims(_ fields: Fields, pointIDs: inout [String: JSONPath]) {
        guard
            let claims = array(
                fields, "wrong", count: PackRules.wrongClaims, noun: ("wrong claim", "wrong claims"),
                strict: false, required: false)
        else { return }
        for (index, claim) in claims.enumerated() {
            let path = fields.path.field("wrong").index(index)
            guard let claimFields = object(claim, at: path, allowed: PackRules.wrongFields, what: "a wrong claim")
            else { continue }
            registerID(claimFields, at: path, in: &pointIDs, named: "the id", rule: "point and wrong-claim ids")
            _ = title(claimFields)
            _ = string(claimFields, "why", maxLength: PackRules.maximumTextLength)
            _ = string(claimFields, "fix", maxLength: PackRules.maximumTextLength)
            guard
                let phrasings = array(
                    claimFields, "phrasings", count: PackRules.wrongPhrasings, noun: ("phrasing", "phrasings"),
                    strict: false)
            else { continue }
            for (n, node) in phrasings.enumerated() {
                let phrasingPath = path.field("phrasings").index(n)
                guard let text = string(node, at: phrasingPath, maxLength: PackRules.maximumPhrasingLength) else {
                    continue
                }
                let words = text.lowercased().split { !$0.isLetter && $0 != "'" }.map {
                    $0.replacingOccurrences(of: "’", with: "'")
                }
                if let negation = words.first(where: { PackRules.negationWords.contains(String($0)) }) {
                    problems.add(
                        phrasingPath,
                        "contains the negation \(Quote.text(String(negation))); "
                            + "a negated clause never fires a wrong claim, so say the mistake affirmatively",
                        at: node.offset)
                }
            }
        }
    }
}

/// The fields of one JSON object, first occurrence of each name, with where the object is.
struct Fields {
    let path: JSONPath
    let offset: Int
    let members: [String: JSONMember]
}

/// Walks a parsed pack, reporting every problem instead of stopping at the first. Each check
/// returns the value when it is usable, or nil once the problem is recorded.
struct PackChecker {
    var problems = ProblemList()

    /// The object's fields; a repeated or unknown field name is reported (with a did-you-mean,
    /// since a misspelt optional field would otherwise be silently ignored).
    mutating func object(_ node: JSONNode, at path: JSONPath, allowed: Set<String>, what: String) -> Fields? {
        guard case .object(let members) = node.value else {
            problems.add(path, "must be \(what) (an object in braces), got \(Quote.value(node.value))", at: node.offset)
            return nil
        }
        var seen: [String: JSONMember] = [:]
        for member in members {
            if seen[member.key] != nil {
                problems.add(
                    path.field(member.key), "the field appears twice in the same object; keep one", at: member.keyOffset
                )
                continue
            }
            seen[member.key] = member
            if !allowed.contains(member.key) {
                let close = Suggestions.closest(to: member.key, in: allowed.sorted())
                let hint =
                    close.first.map { "did you mean '\($0)'?" }
                    ?? "expected one of: " + allowed.sorted().joined(separator: ", ")
                problems.add(path.field(member.key), "unknown field (\(hint))", at: member.keyOffset)
            }
        }
        return Fields(path: path, offset: node.offset, members: seen)
    }

    /// The field's value, or nil; a missing required field is reported against its object.
    mutating func node(_ fields: Fields, _ key: String, expected: String, required: Bool = true) -> JSONNode? {
        if let member = fields.members[key] { return member.node }
        if required { problems.add(fields.path, "missing field '\(key)' (\(expected))", at: fields.offset) }
        return nil
    }

    mutating func string(_ fields: Fields, _ key: String, maxLength: Int) -> String? {
        guard let node = node(fields, key, expected: "a string") else { return nil }
        return string(node, at: fields.path.field(key), maxLength: maxLength)
    }

    mutating func string(_ node: JSONNode, at path: JSONPath, maxLength: Int) -> String? {
        guard case .string(let text) = node.value else {
            problems.add(path, "must be a string, got \(Quote.value(node.value))", at: node.offset)
            return nil
        }
        if text.allSatisfy(\.isWhitespace) {
            problems.add(path, "must not be empty", at: node.offset)
            return nil
        }
        let length = text.count
        if length > maxLength {
            problems.add(path, "is \(length) characters long; the limit is \(maxLength)", at: node.offset)
            return nil
        }
        return text
    }

    /// A title, shown in lists and headings: one line without control characters or bidirectional
    /// overrides, which could drive the terminal or make it read differently from what it is.
    mutating func title(_ fields: Fields) -> String? {
        guard let title = string(fields, "title", maxLength: PackRules.maximumTitleLength) else { return nil }
        guard VisibleText.of(title) == title, !title.contains(where: { $0 == "\n" || $0 == "\t" }) else {
            problems.add(
                fields.path.field("title"), "must be one line without control characters, got \(Quote.text(title))",
                at: fields.members["title"]?.node.offset ?? fields.offset)
            return nil
        }
        return title
    }

    /// A lower-case kebab-case id.
    mutating func identifier(_ node: JSONNode, at path: JSONPath) -> String? {
        guard let id = string(node, at: path, maxLength: PackRules.maximumIDLength) else { return nil }
        guard PackRules.isKebabCase(id) else {
            problems.add(
                path,
                "must be lower-case kebab-case (a-z, 0-9 and single hyphens, like 'churn-prediction'), "
                    + "got \(Quote.text(id))",
                at: node.offset)
            return nil
        }
        return id
    }

    mutating func identifier(_ fields: Fields, _ key: String) -> (id: String, offset: Int)? {
        guard let node = node(fields, key, expected: "a kebab-case string") else { return nil }
        return identifier(node, at: fields.path.field(key)).map { ($0, node.offset) }
    }

    /// A whole number within `range`; a literal too large for Int is reported as written.
    mutating func integer(_ fields: Fields, _ key: String, in range: ClosedRange<Int>) -> Int? {
        let rule = "\(range.lowerBound) to \(range.upperBound)"
        guard let node = node(fields, key, expected: "a whole number from \(rule)") else { return nil }
        let path = fields.path.field(key)
        guard case .number(let literal) = node.value else {
            problems.add(path, "must be a whole number from \(rule), got \(Quote.value(node.value))", at: node.offset)
            return nil
        }
        if let number = Int(literal), range.contains(number) { return number }
        let isWhole = !literal.contains(where: { $0 == "." || $0 == "e" || $0 == "E" })
        problems.add(
            path,
            isWhole
                ? "must be \(rule), got \(Quote.value(node.value))"
                : "must be a whole number from \(rule), got \(Quote.value(node.value))", at: node.offset)
        return nil
    }

    /// An array whose length is checked against `count`. `strict` ranges come from the content
    /// format; the upper end of the others is only a size limit and is worded as one.
    mutating func array(
        _ fields: Fields, _ key: String, count: ClosedRange<Int>, noun: (String, String),
        strict: Bool, required: Bool = true
    ) -> [JSONNode]? {
        guard let node = node(fields, key, expected: "an array of \(noun.1)", required: required) else { return nil }
        let path = fields.path.field(key)
        guard case .array(let elements) = node.value else {
            problems.add(
                path, "must be an array of \(noun.1) (in brackets), got \(Quote.value(node.value))", at: node.offset)
            return nil
        }
        let n = elements.count
        let got = n == 0 ? "none" : "\(n)"
        if strict, !count.contains(n) {
            problems.add(
                path, "needs \(count.lowerBound) to \(count.upperBound) \(noun.1), got \(got)", at: node.offset)
        } else if n < count.lowerBound {
            let unit = count.lowerBound == 1 ? noun.0 : noun.1
            problems.add(
                path, "needs at least \(count.lowerBound == 1 ? "one" : "\(count.lowerBound)") \(unit), got \(got)",
                at: node.offset)
        } else if n > count.upperBound {
            problems.add(path, "has \(n) \(noun.1); the limit is \(count.upperBound)", at: node.offset)
        }
        return elements
    }

    /// An array of non-empty strings; every bad element is reported at its own index.
    mutating func strings(
        _ fields: Fields, _ key: String, count: ClosedRange<Int>, noun: (String, String),
        strict: Bool, maxLength: Int, required: Bool = true
    ) -> [String]? {
        guard let elements = array(fields, key, count: count, noun: noun, strict: strict, required: required) else {
            return nil
        }
        let path = fields.path.field(key)
        var result: [String] = []
        for (index, element) in elements.enumerated() {
            if let text = string(element, at: path.index(index), maxLength: maxLength) { result.append(text) }
        }
        return result.count == elements.count ? result : nil
    }
}

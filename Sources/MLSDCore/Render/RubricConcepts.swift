/// The rubric points of one step across cases, grouped into concepts: points whose titles say the
/// same thing ("Fallbacks and graceful degradation", "Fallback and graceful degradation") or one
/// more specifically than another ("A/B test", "Online A/B test by user") are one concept.
///
/// Titles are compared by their content-word stems, so plural, case and word order do not matter:
/// a title whose stems include all of another title's stems belongs with that other title. When
/// several shorter titles fit, the longest one is taken, as the closest meaning.
public struct RubricConcepts: Sendable {
    /// A concept as it recurs across cases.
    public struct Concept: Sendable, Equatable {
        /// The title most cases use for it.
        public var title: String
        /// The highest weight any case gives it.
        public var weight: Int
        /// Ids of the cases that ask for it, in catalog order.
        public var cases: [String]
        /// Where it was first met: its position among the step's points in that case, then the
        /// case's position, so that equally important concepts take turns across cases.
        var first: (position: Int, study: Int)

        public static func == (a: Concept, b: Concept) -> Bool {
            a.title == b.title && a.weight == b.weight && a.cases == b.cases
        }
    }

    public let step: StepID
    /// The concepts, recurring ones first: by number of cases, then weight, then taking turns.
    public let concepts: [Concept]
    /// The concept index of each point title of the step.
    private let index: [String: Int]

    public init(step: StepID, cases: [CaseStudy]) {
        self.step = step
        // One variant per distinct stem key, with every title that has it.
        var variants: [[String]: (titles: [String: Set<String>], weight: Int, cases: [String], first: (Int, Int))] = [:]
        var keyOfTitle: [String: [String]] = [:]
        for (studyIndex, study) in cases.enumerated() {
            for (position, point) in (study.step(step)?.points ?? []).enumerated() {
                let key = keyOfTitle[point.title] ?? Self.key(point.title)
                keyOfTitle[point.title] = key
                guard !key.isEmpty else { continue }
                var variant = variants[key] ?? ([:], 0, [], (position, studyIndex))
                // Titles differing only in case are one title, shown as first met.
                let title = variant.titles.keys.first { $0.lowercased() == point.title.lowercased() } ?? point.title
                variant.titles[title, default: []].insert(study.id)
                variant.weight = max(variant.weight, point.weight)
                if !variant.cases.contains(study.id) { variant.cases.append(study.id) }
                variants[key] = variant
            }
        }
        // Each key joins the longest other key it contains; following those links gives its root.
        let keys = variants.keys.sorted {
            $0.count != $1.count ? $0.count < $1.count : $0.lexicographicallyPrecedes($1)
        }
        var parent: [[String]: [String]] = [:]
        for key in keys {
            let set = Set(key)
            let contained = keys.filter { $0.count < key.count && set.isSuperset(of: $0) }
            if let closest = contained.max(by: {
                ($0.count, variants[$0]!.cases.count) < ($1.count, variants[$1]!.cases.count)
            }) {
                parent[key] = closest
            }
        }
        func root(_ key: [String]) -> [String] { parent[key].map(root) ?? key }

        var grouped: [[String]: [[String]]] = [:]
        for key in keys { grouped[root(key), default: []].append(key) }
        var concepts: [Concept] = []
        var index: [[String]: Int] = [:]  // by stem key
        for (rootKey, members) in grouped.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            var titles: [String: Set<String>] = [:]
            var caseSet = Set<String>()
            for member in members {
                for (title, ids) in variants[member]!.titles { titles[title, default: []].formUnion(ids) }
                caseSet.formUnion(variants[member]!.cases)
            }
            // The title most cases use; on a tie the most general one (the root's), then the shortest.
            let general = Set(variants[rootKey]!.titles.keys)
            let title = titles.max { a, b in
                (a.value.count, general.contains(a.key) ? 1 : 0, b.key.count, b.key)
                    < (b.value.count, general.contains(b.key) ? 1 : 0, a.key.count, a.key)
            }!.key
            let order = cases.map(\.id).filter(caseSet.contains)
            let first = members.map { variants[$0]!.first }.min { ($0.0, $0.1) < ($1.0, $1.1) }!
            let weight = members.map { variants[$0]!.weight }.max()!
            for member in members { index[member] = concepts.count }
            concepts.append(Concept(title: title, weight: weight, cases: order, first: first))
        }
        let ranked = concepts.indices.sorted { a, b in
            let x = concepts[a], y = concepts[b]
            return (y.cases.count, y.weight, x.first.position, x.first.study) < (
                x.cases.count, x.weight, y.first.position, y.first.study
            )
        }
        let newPosition = Dictionary(uniqueKeysWithValues: ranked.enumerated().map { ($1, $0) })
        self.concepts = ranked.map { concepts[$0] }
        self.index = keyOfTitle.compactMapValues { index[$0].map { newPosition[$0]! } }
    }

    /// The concept a point of this step belongs to, by its title.
    public func concept(titled title: String) -> Concept? {
        index[title].map { concepts[$0] }
    }

    /// The title's content-word stems, sorted and without repeats.
    static func key(_ title: String) -> [String] {
        Array(Set(TextAnalyzer.analyze(title).tokens.filter(\.isContent).map(\.stem))).sorted()
    }
}

/// Abbreviations the rubric itself defines, applied across all of its phrasings.
///
/// When one point lists both "CTR" and "click-through rate", the pair holds for the whole step:
/// a phrasing "historical CTR" elsewhere also matches "historical click-through rate", and
/// "ad click-through rate" also matches "ad CTR". No global synonym list is needed, and none of
/// the rubric's abbreviations is missed.
struct AcronymExpansion {
    private(set) var pairs: [(short: String, long: String)] = []

    /// - Parameter groups: lists of alternative phrasings (one point's, one pitfall's `unless`…);
    ///   an abbreviation and its expansion must sit in the same list to pair up.
    init(groups: [[String]]) {
        for group in groups {
            let shorts = group.filter(Self.isAcronym)
            for short in shorts {
                let key = short.lowercased()
                for long in group where long != short && Self.initials(of: long) == key {
                    let pair = (key, long.lowercased())
                    if !pairs.contains(where: { $0 == pair }) { pairs.append(pair) }
                }
            }
        }
    }

    /// The phrasing with each known abbreviation spelled out, and each spelled-out form
    /// abbreviated; the phrasing itself is not included.
    func variants(of phrasing: String) -> [String] {
        let words = Self.words(phrasing.lowercased())
        var out: [String] = []
        for (short, long) in pairs {
            let longWords = Self.words(long)
            if words.count > 1, let i = words.firstIndex(of: short) {
                out.append((words[..<i] + longWords + words[(i + 1)...]).joined(separator: " "))
            }
            if words.count > longWords.count, let i = Self.find(longWords, in: words) {
                out.append((words[..<i] + [short] + words[(i + longWords.count)...]).joined(separator: " "))
            }
        }
        return out
    }

    /// Two to six letters, written in capitals: "CTR", "ANN", "NDCG", "QPS".
    private static func isAcronym(_ phrasing: String) -> Bool {
        let scalars = phrasing.unicodeScalars
        guard (2...6).contains(scalars.count), scalars.allSatisfy({ $0.isASCII && CharClass.isLetter($0) }) else {
            return false
        }
        return scalars.filter { $0.properties.isUppercase }.count >= 2
    }

    /// "click-through rate" → "ctr", "queries per second" → "qps".
    private static func initials(of phrasing: String) -> String {
        let parts = words(phrasing.lowercased())
        guard parts.count >= 2 else { return "" }
        return String(parts.compactMap(\.first))
    }

    private static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "/" }).map(String.init)
    }

    private static func find(_ needle: [String], in haystack: [String]) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        return (0...(haystack.count - needle.count)).first { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}

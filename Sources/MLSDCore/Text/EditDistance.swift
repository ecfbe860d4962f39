/// One-typo tolerance: insertion, deletion, substitution or transposition of adjacent letters
/// (optimal string alignment distance ≤ 1), checked in linear time.
public enum EditDistance {
    /// The shortest word length for which a typo is forgiven; shorter words are too easily
    /// another real word ("rank"/"bank").
    public static let minimumTypoLength = 6
    /// Longer "words" are junk (or German); checking them would cost quadratic time and memory.
    public static let maximumTypoLength = 30

    public static func withinOneEdit(_ a: String, _ b: String) -> Bool {
        withinOneEdit(Array(a.utf8), Array(b.utf8))
    }

    static func withinOneEdit(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        if a == b { return true }
        let (m, n) = (a.count, b.count)
        if abs(m - n) > 1 { return false }
        var i = 0
        while i < min(m, n), a[i] == b[i] { i += 1 }
        if m == n {
            // substitution at i, or transposition of i and i+1
            if a[(i + 1)...].elementsEqual(b[(i + 1)...]) { return true }
            return i + 1 < m && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)...].elementsEqual(b[(i + 2)...])
        }
        // one extra letter in the longer word at i
        return m > n ? a[(i + 1)...].elementsEqual(b[i...]) : a[i...].elementsEqual(b[(i + 1)...])
    }

    /// Every string obtained by deleting one letter: two words within one edit share at least one
    /// of these (or one is a deletion of the other), which makes typo lookup a hash probe instead
    /// of a scan over the vocabulary.
    static func deletions(_ word: String) -> [String] {
        let bytes = Array(word.utf8)
        guard bytes.count > 1 else { return [] }
        var out: [String] = []
        out.reserveCapacity(bytes.count)
        for k in bytes.indices {
            var d = bytes
            d.remove(at: k)
            out.append(String(decoding: d, as: UTF8.self))
        }
        return out
    }
}

extension PorterStemmer {
    /// The suffix-stripping steps of Porter2, on a byte buffer.
    ///
    /// Follows Snowball's `among` semantics: each step picks the longest listed suffix the word ends
    /// with, and if that suffix's condition fails the step does nothing (it does not fall back to a
    /// shorter suffix). That detail is what makes "fluently" stem to "fluentli", not "fluent".
    struct Stem {
        var w: [UInt8]
        var p1 = 0
        var p2 = 0

        // Words starting with these take R1 after the prefix, so "generous" and "general" stay apart.
        private static let r1Prefixes: [[UInt8]] = [
            "gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ", "inter",
        ]
        .map { Array($0.utf8) }

        private static let past: [UInt8] = Array("past".utf8)

        mutating func markRegions() {
            p1 = w.count
            p2 = w.count
            if let prefix = Stem.r1Prefixes.first(where: { w.starts(with: $0) }) {
                p1 = prefix.count
            } else if let r = regionStart(from: 0) {
                p1 = r
            } else {
                return
            }
            p2 = regionStart(from: p1) ?? w.count
        }

        /// The position after the first non-vowel that follows a vowel, searching from `from`.
        private func regionStart(from: Int) -> Int? {
            var i = from
            while i < w.count, !PorterStemmer.isVowel(w[i]) { i += 1 }
            while i < w.count, PorterStemmer.isVowel(w[i]) { i += 1 }
            return i < w.count ? i + 1 : nil
        }

        // MARK: Helpers

        private func longestSuffix(_ list: [Suffix]) -> Suffix? {
            var best: Suffix?
            for s in list where s.bytes.count <= w.count && (best == nil || s.bytes.count > best!.bytes.count) {
                if w.count >= s.bytes.count, w[(w.count - s.bytes.count)...].elementsEqual(s.bytes) { best = s }
            }
            return best
        }

        private mutating func replace(_ count: Int, with r: [UInt8]) {
            w.removeLast(count)
            w.append(contentsOf: r)
        }

        private func isVowel(_ i: Int) -> Bool { PorterStemmer.isVowel(w[i]) }

        /// Snowball's `shortv`, checked on the letters ending at `end` (exclusive).
        private func endsWithShortSyllable(_ end: Int) -> Bool {
            // Snowball treats the "past" of "paste" as short, keeping paste/pasted/pasting apart from past.
            if end == 4, w.starts(with: Stem.past) { return true }
            if end >= 3, !isVowel(end - 3), isVowel(end - 2), !isVowel(end - 1),
                w[end - 1] != Ch.w, w[end - 1] != Ch.x, w[end - 1] != Ch.consonantY
            {
                return true
            }
            return end == 2 && isVowel(0) && !isVowel(1)
        }

        // MARK: Steps

        mutating func step0() {
            if let s = longestSuffix(Tables.step0) { w.removeLast(s.bytes.count) }
        }

        mutating func step1a() {
            guard let s = longestSuffix(Tables.step1a) else { return }
            let start = w.count - s.bytes.count
            switch s.action {
            case .iOrIe: replace(s.bytes.count, with: start > 1 ? [Ch.i] : [Ch.i, Ch.e])
            case .deleteAfterEarlierVowel:
                // The vowel must come before the letter preceding the s: "gas" stays, "gaps" loses it.
                if start >= 2, (0..<(start - 1)).contains(where: isVowel) { w.removeLast() }
            case .keep: break
            default: replace(s.bytes.count, with: s.replacement)
            }
        }

        mutating func step1b() {
            guard let s = longestSuffix(Tables.step1b) else { return }
            let start = w.count - s.bytes.count
            if s.action == .replaceInR1 {
                if start >= p1 { replace(s.bytes.count, with: s.replacement) }
                return
            }
            guard (0..<start).contains(where: isVowel) else { return }
            w.removeLast(s.bytes.count)
            let n = w.count
            // "dying", "vying": a lone consonant before y-ing becomes -ie.
            if n == 2, w[1] == Ch.y, !isVowel(0), s.bytes.first == Ch.i {
                w = [w[0], Ch.i, Ch.e]
                return
            }
            guard n >= 2 else { return }
            let last2 = (w[n - 2], w[n - 1])
            if Tables.addE.contains(where: { $0 == last2 }) {
                w.append(Ch.e)
            } else if last2.0 == last2.1, Tables.doubles.contains(last2.0) {
                // "added", "erring": a vowel and a double letter are the whole stem; keep them.
                if !(n == 3 && isVowel(0)) { w.removeLast() }
            } else if n == p1, endsWithShortSyllable(n) {
                w.append(Ch.e)
            }
        }

        mutating func step1c() {
            let n = w.count
            guard n >= 3, w[n - 1] == Ch.y || w[n - 1] == Ch.consonantY, !isVowel(n - 2) else { return }
            w[n - 1] = Ch.i
        }

        mutating func step2() {
            guard let s = longestSuffix(Tables.step2), w.count - s.bytes.count >= p1 else { return }
            let start = w.count - s.bytes.count
            switch s.action {
            case .replaceAfterL:
                if start > 0, w[start - 1] == Ch.l { replace(s.bytes.count, with: s.replacement) }
            case .deleteAfterLiEnding:
                if start > 0, Tables.liEndings.contains(w[start - 1]) { w.removeLast(s.bytes.count) }
            default: replace(s.bytes.count, with: s.replacement)
            }
        }

        mutating func step3() {
            guard let s = longestSuffix(Tables.step3), w.count - s.bytes.count >= p1 else { return }
            if s.action == .deleteInR2 {
                if w.count - s.bytes.count >= p2 { w.removeLast(s.bytes.count) }
            } else {
                replace(s.bytes.count, with: s.replacement)
            }
        }

        mutating func step4() {
            guard let s = longestSuffix(Tables.step4), w.count - s.bytes.count >= p2 else { return }
            let start = w.count - s.bytes.count
            if s.action == .deleteAfterSOrT {
                if start > 0, w[start - 1] == Ch.s || w[start - 1] == Ch.t { w.removeLast(s.bytes.count) }
            } else {
                w.removeLast(s.bytes.count)
            }
        }

        mutating func step5() {
            let n = w.count
            guard n > 0 else { return }
            if w[n - 1] == Ch.e {
                let start = n - 1
                if start >= p2 || (start >= p1 && !endsWithShortSyllable(start)) { w.removeLast() }
            } else if w[n - 1] == Ch.l {
                if n - 1 >= p2, n >= 2, w[n - 2] == Ch.l { w.removeLast() }
            }
        }
    }
}

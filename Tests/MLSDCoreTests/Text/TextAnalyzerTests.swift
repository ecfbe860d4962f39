import MLSDCore
import Testing

@Suite struct TextAnalyzerTests {
    private func words(_ text: String) -> [String] {
        TextAnalyzer.analyze(text).tokens.map(\.word)
    }

    @Test func foldsCaseDiacriticsAndCompatibilityForms() {
        #expect(WordNormalizer.normalize("Naïve") == "naive")
        #expect(WordNormalizer.normalize("CAFÉ") == "cafe")
        #expect(WordNormalizer.normalize("Straße") == "strasse")
        #expect(WordNormalizer.normalize("ﬁne") == "fine")
        #expect(WordNormalizer.normalize("ＡＢ") == "ab")
        #expect(WordNormalizer.normalize("don’t") == "don't")
        #expect(WordNormalizer.normalize("e.g") == "eg")
        #expect(WordNormalizer.normalize("1.5") == "1.5")
        #expect(WordNormalizer.normalize("10,000") == "10000")
        // Lower-case ASCII without dots or commas is kept as written.
        #expect(WordNormalizer.normalize("p99") == "p99")
        #expect(WordNormalizer.normalize("don't") == "don't")
        #expect(WordNormalizer.normalize("Ranking") == "ranking")
        #expect(WordNormalizer.normalize("node.js") == "nodejs")
    }

    @Test func compoundsKeepTheirPartsAndAJoinedForm() {
        #expect(words("click-through rate") == ["click", "through", "clickthrough", "rate"])
        #expect(words("training/serving skew") == ["training", "serving", "trainingserving", "skew"])
        #expect(words("A/B test") == ["ab", "test"])
        #expect(words("AB testing") == ["ab", "testing"])
        #expect(words("k-NN and t-SNE") == ["knn", "and", "tsne"])
        #expect(words("re-ranking") == ["re", "ranking", "reranking"])
    }

    @Test func numbersAndUnitsSplitWithSpelledOutAliases() {
        #expect(words("50ms p99") == ["50", "ms", "millisecond", "p99"])
        #expect(words("100M DAU") == ["100", "m", "million", "dau"])
        #expect(words("10k QPS") == ["10", "k", "thousand", "qps"])
        #expect(words("99.9% uptime") == ["99.9", "percent", "uptime"])
        #expect(words("recall@100") == ["recall", "100", "k"])
        let tokens = TextAnalyzer.analyze("about 10,000 requests").tokens
        #expect(tokens[1].kind == .number)
        #expect(tokens[1].word == "10000")
    }

    @Test func tokensKeepTheirRangeInTheOriginalText() {
        let text = "We’d use a Two-Tower model, then GBDT."
        let analyzed = TextAnalyzer.analyze(text)
        for token in analyzed.tokens where token.kind != .alias {
            #expect(
                String(text[token.range]).lowercased().replacingOccurrences(of: "’", with: "'").hasPrefix(
                    token.word.prefix(1)))
        }
        let tower = analyzed.tokens.first { $0.word == "twotower" }!
        #expect(String(text[tower.range]) == "Two-Tower")
        #expect(analyzed.quote(2...6) == "a Two-Tower model")
    }

    @Test func stopWordsAreMarkedAndStemsComputed() {
        let tokens = TextAnalyzer.analyze("We are generating the candidates").tokens
        #expect(tokens.map(\.isStopWord) == [true, true, false, true, false])
        #expect(tokens[2].stem == "generat")
        #expect(tokens[4].stem == "candid")
        // Positions count content words only.
        #expect(tokens[4].position - tokens[2].position == 1)
    }

    @Test func sentencesSplitOnPunctuationBulletsAndBlankLinesButNotWrappedLines() {
        let text =
            "First we log impressions. Then we\njoin labels, e.g. clicks.\n- bullet one\n- bullet two\n\nNew paragraph"
        let analyzed = TextAnalyzer.analyze(text)
        let sentenceTexts = analyzed.sentences.map { analyzed.quote($0.lowerBound...($0.upperBound - 1)) }
        #expect(
            sentenceTexts == [
                "First we log impressions", "Then we\njoin labels, e.g. clicks", "bullet one", "bullet two",
                "New paragraph",
            ])
    }

    @Test func survivesJunkEmojiOtherScriptsAndHugeInput() {
        #expect(TextAnalyzer.analyze("").tokens.isEmpty)
        #expect(TextAnalyzer.analyze("   \n\t  ").isEmpty)
        #expect(TextAnalyzer.analyze("\u{FFFD}\u{FFFD}\u{0}\u{7}🙂🚀").isEmpty)
        let mixed = TextAnalyzer.analyze("推荐系统 рекомендации 🙂 ranking")
        #expect(mixed.tokens.map(\.word) == ["推荐系统", "рекомендации", "ranking"])
        let junk = String(decoding: (0..<5_000).map { UInt8(truncatingIfNeeded: $0 &* 7919) }, as: UTF8.self)
        _ = TextAnalyzer.analyze(junk)
        let long = String(repeating: "a", count: 100_000)
        #expect(TextAnalyzer.analyze(long).tokens.count == 1)
    }
}

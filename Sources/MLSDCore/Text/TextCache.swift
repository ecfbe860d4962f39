/// Analyses the texts of one rubric: about a thousand phrasings, details and hints written with a
/// few thousand distinct words, several of them read more than once while a scorer is built. Each
/// distinct word is stemmed once and each distinct text analysed once. Lives only while a scorer
/// is being built.
final class TextCache {
    private var words = TextAnalyzer.Words()
    private var texts: [String: AnalyzedText] = [:]

    func analyze(_ text: String) -> AnalyzedText {
        if let analyzed = texts[text] { return analyzed }
        let analyzed = TextAnalyzer.analyze(text, words: &words)
        texts[text] = analyzed
        return analyzed
    }

    /// The stems of the words that carry meaning (`Token.isContent`).
    func contentStems(_ text: String) -> [String] {
        if let analyzed = texts[text] { return analyzed.tokens.filter(\.isContent).map(\.stem) }
        return TextAnalyzer.tokens(text, words: &words).filter(\.isContent).map(\.stem)
    }
}

/// Options shared by the commands that work on review cards.
extension OptionSpec {
    /// `--case ID`: only that case's cards (`cards`, `review`).
    static let cardsOfCase = OptionSpec(.case, value: "case", help: "Only this case's cards.")
}

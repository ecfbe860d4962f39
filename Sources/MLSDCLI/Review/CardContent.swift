import Foundation
import MLSDCore
import MLSDStore

/// The words on a card, looked up from the rubric in the database: a card row holds only ids.
/// Cases are loaded once per command, since a session shows many cards of the same few cases.
final class CardContent {
    private let store: Store
    private var cases: [String: CaseStudy?] = [:]

    init(store: Store) { self.store = store }

    func study(_ id: String) throws -> CaseStudy? {
        if let cached = cases[id] { return cached }
        let study = try store.cases.load(id)
        cases[id] = study
        return study
    }

    func step(of card: ReviewCard) throws -> Step? {
        try study(card.caseID)?.step(card.step)
    }

    func point(of card: ReviewCard) throws -> RubricPoint? {
        guard let pointID = card.pointID else { return nil }
        return try step(of: card)?.points.first { $0.id == pointID }
    }

    /// "Ad click-through prediction › 2 Frame the problem and choose metrics"
    func heading(_ card: ReviewCard) throws -> String {
        let title = try study(card.caseID)?.title ?? card.caseID
        return "\(title) › \(card.step.number) \(card.step.title)"
    }

    /// One line naming the card in lists and confirmations: "step ad-click-prediction/metrics".
    static func label(_ card: ReviewCard) -> String {
        let base = "\(card.caseID)/\(card.step.rawValue)"
        return card.pointID.map { "point \(base)/\($0)" } ?? "step \(base)"
    }

    /// The question side: the rubric point's question, or the step's prompt.
    func front(_ card: ReviewCard) throws -> String {
        switch card.kind {
        case .point:
            return try point(of: card)?.question ?? "(this rubric point was retired from the content)"
        case .step:
            return try step(of: card)?.prompt ?? "(this step is no longer in the content)"
        }
    }

    /// The answer side as paragraphs (point: title, why, what to do when asked, key phrasings; step: the outline).
    func back(_ card: ReviewCard, style: Style) throws -> [Paragraph] {
        switch card.kind {
        case .point:
            guard let point = try point(of: card) else { return [] }
            var lines = [Paragraph(style.bold(point.title)), Paragraph("Why: " + point.why, hang: 5)]
            // "…, and how do you handle it?" wants the remedy too: the model outline's bullet for the point.
            if let step = try step(of: card), let remedy = PointRemedy.remedy(for: point, in: step) {
                lines.append(Paragraph("What to do: " + remedy, hang: 12))
            }
            if !point.phrasings.isEmpty {
                lines.append(Paragraph("Say it: " + point.phrasings.prefix(4).joined(separator: "; "), hang: 8))
            }
            return lines
        case .step:
            guard let step = try step(of: card) else { return [] }
            return [Paragraph(style.bold("Model outline:"))] + step.outline.map { Paragraph("• " + $0, hang: 2) }
        }
    }
}

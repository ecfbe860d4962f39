import Foundation
import MLSDStore

extension CLIError {
    /// The user-facing form of a refused card operation.
    static func card(_ error: CardError) -> CLIError {
        switch error {
        case .notFound(let id):
            return CLIError("unknown card \(id) (see 'mlsd cards' for card ids)", code: .usage)
        case .suspended(let id):
            return CLIError(
                "card \(id) is suspended; nothing was recorded (resume it with 'mlsd cards unsuspend \(id)')")
        case .nothingToUndo(let id):
            return CLIError("card \(id) has no review to undo (never reviewed, or reset since its last review)")
        }
    }

    /// Parses a card id argument: a positive whole number.
    static func cardID(_ text: String, _ spec: CommandSpec) throws -> Int64 {
        guard let id = Int64(text), id > 0 else {
            throw CLIError.usage(
                "The value '\(text)' is invalid for '<card-id>': expected a card id, "
                    + "a positive whole number (see 'mlsd cards')",
                spec)
        }
        return id
    }
}

import Foundation

/// Files of this repository that tests read in place: the built-in content and the docs.
enum RepositoryFiles {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func bytes(_ relativePath: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: root.appendingPathComponent(relativePath)))
    }

    static func text(_ relativePath: String) throws -> String {
        String(decoding: try bytes(relativePath), as: UTF8.self)
    }

    /// Every built-in case file, as paths relative to the repository.
    static func builtinCases() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Data/cases").path)
            .filter { $0.hasSuffix(".json") }
            .sorted()
            .map { "Data/cases/" + $0 }
    }

    /// The example pack as a mutable JSON object, to derive broken packs from.
    static func examplePack() throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(try bytes("docs/example-pack.json"))) as! [String: Any]
    }

    static func serialise(_ object: Any) throws -> [UInt8] {
        [UInt8](try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]))
    }
}

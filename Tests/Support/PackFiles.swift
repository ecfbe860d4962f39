import Foundation

/// The example pack and built-in content, read from the repository, and packs derived from them.
enum PackFiles {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static var examplePath: String { root.appendingPathComponent("docs/example-pack.json").path }

    static func json(_ relativePath: String) -> Any {
        let data = try! Data(contentsOf: root.appendingPathComponent(relativePath))
        return try! JSONSerialization.jsonObject(with: data)
    }

    static func example() -> [String: Any] { json("docs/example-pack.json") as! [String: Any] }

    static func serialise(_ object: Any) -> [UInt8] {
        [UInt8](try! JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]))
    }

    /// Writes a pack into the test's folder and returns its path.
    @discardableResult
    static func write(_ bytes: [UInt8], named name: String = "pack.json", in mlsd: MLSDSandbox) -> String {
        let path = mlsd.folder + "/" + name
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    /// The example pack with one edit applied to a step, or to one of its points.
    static func editing(step: Int, point: Int? = nil, _ edit: (inout [String: Any]) -> Void) -> [String: Any] {
        var pack = example()
        var steps = pack["steps"] as! [[String: Any]]
        if let point {
            var points = steps[step]["points"] as! [[String: Any]]
            edit(&points[point])
            steps[step]["points"] = points
        } else {
            edit(&steps[step])
        }
        pack["steps"] = steps
        return pack
    }

    /// Words separated by single spaces, so that text can be found however it was wrapped.
    static func words(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }
}

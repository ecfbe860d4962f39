import Foundation

extension MLSDSandbox {
    /// Every command path in the table, e.g. ["config", "set"].
    static func commandPaths() throws -> [[String]] {
        let mlsd = MLSDSandbox(.inProcess)
        defer { mlsd.remove() }
        let help = try mlsd.run(["--help"]).stdout
        let names = help.components(separatedBy: "SUBCOMMANDS:\n")[1].split(separator: "\n")
            .filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") && !$0.contains("See 'mlsd help") }
            .compactMap { $0.split(separator: " ").first.map(String.init) }
        var paths = names.map { [$0] }
        for name in names {
            let sub = try mlsd.run([name, "--help"]).stdout
            guard let list = sub.components(separatedBy: "SUBCOMMANDS:\n").dropFirst().first else { continue }
            for line in list.split(separator: "\n")
            where line.hasPrefix("  ") && !line.hasPrefix("   ") && !line.contains("See 'mlsd help") {
                if let word = line.split(separator: " ").first { paths.append([name, String(word)]) }
            }
        }
        return paths
    }
}

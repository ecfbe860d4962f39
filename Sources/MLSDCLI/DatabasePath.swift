import Foundation

/// Where the database lives: `--db PATH`, else `MLSD_DB`, else the XDG data folder.
enum DatabasePath {
    static func resolve(flag: String?, environment: [String: String]) throws -> String {
        if let flag, !flag.isEmpty { return flag }
        if let path = environment["MLSD_DB"], !path.isEmpty { return path }
        let base: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            base = xdg
        } else if let home = environment["HOME"], !home.isEmpty {
            base = home + "/.local/share"
        } else {
            throw CLIError("cannot find a home folder for the database; set MLSD_DB or pass --db PATH", code: .noInput)
        }
        return base + "/mlsd/mlsd.sqlite3"
    }

    /// Creates the database's folder (mode 0700) if it is missing.
    static func prepareFolder(for path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        guard !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) else { return }
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
        } catch {
            throw CLIError(
                "cannot create the folder \(folder) for the database (\(error.localizedDescription)); "
                    + "choose another place with --db PATH or MLSD_DB",
                code: .ioError)
        }
    }
}

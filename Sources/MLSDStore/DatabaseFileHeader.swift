import Foundation

/// The first 100 bytes of an SQLite file, checked against the file's size without reading its pages.
enum DatabaseFileHeader {
    static let magic = Array("SQLite format 3\0".utf8)

    enum Reading: Equatable {
        /// No file, or an empty one: a database yet to be created.
        case new
        /// Not an SQLite header: certainly not a usable database.
        case notADatabase(String)
        /// A plausible header. `shortfall` says when the file is shorter than the header's page
        /// count: a truncated file, or a consistent database while a checkpoint copies pages into
        /// it from the write-ahead log. Only SQLite, reading through the log, can tell which.
        case sqlite(shortfall: String?)
    }

    static func read(at path: String) -> Reading {
        guard let handle = FileHandle(forReadingAtPath: path) else { return .new }
        defer { try? handle.close() }
        let header = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
        guard !header.isEmpty else { return .new }
        guard header.count == 100, Array(header[0..<16]) == magic else {
            return .notADatabase("file is not a database")
        }
        let rawPageSize = Int(header[16]) << 8 | Int(header[17])
        let pageSize = rawPageSize == 1 ? 65_536 : rawPageSize
        guard pageSize >= 512, pageSize & (pageSize - 1) == 0 else {
            return .notADatabase("database header has an invalid page size")
        }
        // The page count is only meaningful when the change counter matches "version valid for".
        let changeCounter = Array(header[24..<28]), validFor = Array(header[92..<96])
        let pageCount = header[28..<32].reduce(0) { $0 << 8 | Int($1) }
        guard changeCounter == validFor, pageCount > 0,
            let size = try? handle.seekToEnd(), Int(size) < pageCount * pageSize
        else { return .sqlite(shortfall: nil) }
        return .sqlite(shortfall: "database file is truncated (\(size) bytes, the header says \(pageCount * pageSize))")
    }
}

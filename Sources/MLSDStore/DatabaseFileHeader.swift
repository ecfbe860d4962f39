import Foundation

/// The first 100 bytes of an SQLite file, checked against the file's size: a cheap test that
/// catches a truncated database on every open without reading its pages.
enum DatabaseFileHeader {
    static let magic = Array("SQLite format 3\0".utf8)

    /// A description of what is wrong, or nil when the header is consistent (or the file is new).
    static func problem(at path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        let header = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
        guard !header.isEmpty else { return nil }
        guard header.count == 100, Array(header[0..<16]) == magic else { return "file is not a database" }
        let rawPageSize = Int(header[16]) << 8 | Int(header[17])
        let pageSize = rawPageSize == 1 ? 65_536 : rawPageSize
        guard pageSize >= 512, pageSize & (pageSize - 1) == 0 else { return "database header has an invalid page size" }
        // The page count is only meaningful when the change counter matches "version valid for".
        let changeCounter = Array(header[24..<28]), validFor = Array(header[92..<96])
        let pageCount = header[28..<32].reduce(0) { $0 << 8 | Int($1) }
        guard changeCounter == validFor, pageCount > 0,
              let size = try? handle.seekToEnd() else { return nil }
        if Int(size) < pageCount * pageSize {
            return "database file is truncated (\(size) bytes, the header says \(pageCount * pageSize))"
        }
        return nil
    }
}

import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Input read from a file descriptor (standard input, an answer file) or from bytes held in
/// memory (mlsd run in process), handed out by lines or whole. It reads with read(2) rather than
/// stdio: stdio's end-of-file flag is sticky, so after a Ctrl-D that ends one answer every later
/// prompt would see the end too. Here the end is only reported when read(2) reports it: on a
/// terminal the next prompt reads again, while a pipe's end stays the end.
final class LineInput {
    /// Fills the buffer it is given; returns the count read, 0 at the end, or -errno.
    private let source: (UnsafeMutableRawBufferPointer) -> Int
    private var buffer: [UInt8] = []
    /// Where the input not yet handed out starts in `buffer`.
    private var start = 0
    /// How far past `start` has been searched for a newline: each byte is looked at once, so one
    /// huge line costs time in proportion to its length, not to its square.
    private var scanned = 0
    private var chunk = [UInt8](repeating: 0, count: 1 << 16)
    /// The error that ended reading early (errno), if one did: the input is then incomplete.
    private(set) var failure: Int32?

    init(descriptor: Int32) {
        source = { buffer in
            let count = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
            return count < 0 ? -Int(errno) : count
        }
    }

    init(bytes: [UInt8]) {
        var rest = bytes[...]
        source = { buffer in
            let count = min(buffer.count, rest.count)
            buffer.copyBytes(from: rest.prefix(count))
            rest = rest.dropFirst(count)
            return count
        }
    }

    /// Input already read but not yet handed out (lines typed ahead or pasted).
    var hasBuffered: Bool { start < buffer.count }

    /// The next line without its newline (or CR LF), or nil at the end of input (Ctrl-D).
    /// Bytes that are not UTF-8 become U+FFFD.
    func readLine() -> String? {
        while true {
            if let newline = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
                var end = newline
                if end > start, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                defer { start = newline + 1; scanned = start }
                return String(decoding: buffer[start..<end], as: UTF8.self)
            }
            scanned = buffer.count
            compact()
            guard fill() else {
                // End of input (or an unreadable one): hand back a last unterminated line first.
                guard !buffer.isEmpty else { return nil }
                defer { buffer.removeAll(); scanned = 0 }
                return String(decoding: buffer, as: UTF8.self)
            }
        }
    }

    /// The rest of the input, or its first `limit` + 1 bytes when it is longer, so that "too
    /// large" can be told apart from "exactly at the limit".
    func readAll(limit: Int) -> [UInt8] {
        compact()
        while buffer.count <= limit, fill() {}
        defer { buffer.removeAll(); scanned = 0 }
        return Array(buffer.prefix(limit + 1))
    }

    private func compact() {
        guard start > 0 else { return }
        buffer.removeSubrange(..<start)
        scanned -= start
        start = 0
    }

    /// Appends the next chunk read; false at the end of input or on an error.
    private func fill() -> Bool {
        while true {
            let count = chunk.withUnsafeMutableBytes { source($0) }
            if count == -Int(EINTR) { continue }
            if count < 0 { failure = Int32(-count) }
            guard count > 0 else { return false }
            buffer += chunk[..<count]
            return true
        }
    }
}

import Foundation

@testable import MLSDTestSupport

/// What a running process has written so far, read as it streams. Waiting wakes on each new
/// chunk and on the end of the stream, never on a timer: a test waits for what the process says,
/// and only a hang reaches the deadline.
final class StreamedOutput: @unchecked Sendable {  // `data` and `ended` are guarded by `condition`
    private let condition = NSCondition()
    private var data = Data()
    private var ended = false
    private let readers = DispatchGroup()

    /// Starts reading `handle` to its end on a background queue.
    init(_ handle: FileHandle) {
        blockingQueue().async(group: readers) { [self] in
            while true {
                let chunk = handle.availableData
                condition.lock()
                if chunk.isEmpty { ended = true } else { data.append(chunk) }
                condition.broadcast()
                condition.unlock()
                if chunk.isEmpty { return }
            }
        }
    }

    var text: String {
        condition.lock(); defer { condition.unlock() }
        return String(decoding: data, as: UTF8.self)
    }

    /// Waits until `holds` is true of the output so far, re-checking whenever more arrives; false
    /// if the stream ended first without it, or at the deadline.
    func wait(seconds: Double = 120, until holds: (String) throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        condition.lock(); defer { condition.unlock() }
        while true {
            if try holds(String(decoding: data, as: UTF8.self)) { return true }
            if ended || !condition.wait(until: deadline) { return try holds(String(decoding: data, as: UTF8.self)) }
        }
    }

    /// Everything, once the stream has ended.
    func finish(timeout seconds: Double = .infinity) -> String {
        _ = readers.wait(timeout: seconds.isFinite ? .now() + seconds : .distantFuture)
        return text
    }
}

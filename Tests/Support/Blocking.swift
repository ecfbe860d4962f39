import Foundation

/// A queue for work that blocks (reading a pipe to its end, waiting on a process): a serial
/// queue of its own gets a thread at once, where the shared pool (one thread per core, also
/// running the tests) would make it wait for a test that computes.
public func blockingQueue() -> DispatchQueue {
    DispatchQueue(label: "mlsd-tests.blocking")
}

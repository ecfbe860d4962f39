import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Times a command run after run when hyperfine is not installed: spawn, wait, and take the wall
/// time plus the peak resident set size the kernel reports for the child (what GNU time's %M shows).
enum ProcessTimer {
    struct Run {
        var seconds: Double
        var peakKilobytes: Int
        /// The exit code, or 128 + the signal that ended the process (the shell's convention).
        var status: Int32
    }

    /// `time --runs N [--warmup N] [--stdin FILE] -- COMMAND [ARG ...]`; prints a line per run.
    static func command(_ arguments: [String]) throws {
        guard let separator = arguments.firstIndex(of: "--"), separator + 1 < arguments.count else {
            throw BenchError("time wants '-- COMMAND [ARG ...]'")
        }
        let options = try Options(Array(arguments[..<separator]))
        let command = Array(arguments[(separator + 1)...])
        let stdin = options.optionalString("stdin") ?? "/dev/null"
        for _ in 0..<(try options.int("warmup", default: 1)) { _ = try run(command, stdin: stdin) }
        for _ in 0..<max(1, try options.int("runs", default: 10)) {
            let result = try run(command, stdin: stdin)
            print(String(format: "%.9f %d %d", result.seconds, result.peakKilobytes, result.status))
        }
    }

    static func run(_ command: [String], stdin: String) throws -> Run {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

        var argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        var status: Int32 = 0
        var usage = rusage()
        let clock = ContinuousClock()
        let started = clock.now
        let code = posix_spawnp(&pid, command[0], &actions, nil, &argv, environ)
        guard code == 0 else { throw BenchError("cannot run \(command[0]): \(String(cString: strerror(code)))") }
        while wait4(pid, &status, 0, &usage) == -1 {
            guard errno == EINTR else { throw BenchError("waiting for \(command[0]): \(String(cString: strerror(errno)))") }
        }
        let elapsed = (clock.now - started).components
        let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) * 1e-18
        // WIFEXITED / WEXITSTATUS are macros Swift cannot import: decode the wait status by hand.
        let signal = status & 0x7f
        let exitStatus = signal == 0 ? (status >> 8) & 0xff : 128 + signal
        return Run(seconds: seconds, peakKilobytes: Int(usage.ru_maxrss), status: exitStatus)
    }
}

/// Reads what `hyperfine --export-json` wrote: one line per run, `seconds exit-code`.
enum HyperfineResults {
    static func command(_ arguments: [String]) throws {
        guard let path = arguments.first else { throw BenchError("hyperfine-times wants a JSON file") }
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let results = root["results"] as? [[String: Any]] else {
            throw BenchError("\(path) is not a hyperfine JSON export")
        }
        for result in results {
            let times = result["times"] as? [Double] ?? []
            // hyperfine 1.15 writes exit codes as numbers, or null for a run ended by a signal.
            let codes = result["exit_codes"] as? [Any] ?? []
            for (index, time) in times.enumerated() {
                let code = index < codes.count ? (codes[index] as? Int).map(String.init) ?? "signal" : "0"
                print(String(format: "%.9f ", time) + code)
            }
        }
    }
}

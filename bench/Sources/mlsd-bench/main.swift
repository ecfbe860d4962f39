// mlsd-bench: the in-process half of `make bench` (bench/run.sh drives it).
//
// It times MLSDCore's pure functions without process start-up in the way, and carries the small
// helpers the shell script would otherwise need Python or jq for: reading hyperfine's JSON,
// timing a process when hyperfine is missing, and checking the store's query plans.
import Foundation

let usage = """
    usage: mlsd-bench <command> [options]

      fsrs-histories --cards N --reviews N --seed N --out FILE
                     write seeded random review histories (rating, seconds since last review)
      fsrs --histories FILE --runs N [--states FILE]
                     replay every history through the FSRS-6 scheduler (fuzz off); print the median
                     seconds per replay and, with --states, write each card's final state
      hyperfine-times FILE
                     the times (seconds) and exit codes in a hyperfine --export-json file
      time --runs N [--warmup N] [--stdin FILE] -- COMMAND [ARG ...]
                     run a command N times; print each run's seconds, peak RSS (KB) and status
      query-plans --db FILE --sources DIR [--captured DIR] [--big-rows N]
                     EXPLAIN QUERY PLAN every SQL literal in DIR's Swift files (and every
                     statement recorded by bench/sqltrace in the captured DIR) against FILE
      score --case FILE --pitfalls FILE --step ID --answer FILE [--sizes BYTES,...]
                     time the rubric scorer on the answer, then on it grown to each size
      score-answer --answer FILE --bytes N --out FILE
                     write the answer grown to N bytes
    """

do {
    var arguments = Array(CommandLine.arguments.dropFirst())
    let command = arguments.isEmpty ? "" : arguments.removeFirst()
    switch command {
    case "fsrs-histories": try FSRSHistories.generateCommand(Options(arguments))
    case "fsrs": try FSRSReplay.command(Options(arguments))
    case "hyperfine-times": try HyperfineResults.command(arguments)
    case "time": try ProcessTimer.command(arguments)
    case "query-plans": try QueryPlans.command(Options(arguments))
    case "score": try ScoringBench.command(Options(arguments))
    case "score-answer": try ScoringBench.writeAnswer(Options(arguments))
    default:
        FileHandle.standardError.write(Data((usage + "\n").utf8))
        exit(64)
    }
} catch {
    FileHandle.standardError.write(Data("mlsd-bench: \(error)\n".utf8))
    exit(1)
}

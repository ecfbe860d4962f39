/// Every command mlsd knows, as a table: the parser, help and dispatch all read it.
enum Commands {
    static let root: CommandSpec = withPaths(
        CommandSpec(
            name: "",
            abstract: "A terminal coach for machine-learning system design interviews.",
            discussion: """
                Practise case studies through the 7-step framework, get scored against an expert rubric,
                and keep what you missed alive with spaced repetition. Run 'mlsd' alone to see what to do next.
                """,
            options: [OptionSpec(.version, help: "Show the version."), .json],
            // In the order a user meets them: practise, review what was missed, see what is due,
            // export notes; then browsing, progress, the cards themselves, settings and upkeep.
            subcommands: [
                PracticeCommand.spec,
                ReviewCommand.spec,
                DueCommand.spec,
                ExportCommand.spec,
                CasesCommand.spec,
                ShowCommand.spec,
                ScoreCommand.spec,
                PitfallsCommand.spec,
                HistoryCommand.spec,
                StatsCommand.spec,
                CardsCommand.spec,
                RateCommand.spec,
                ConfigCommand.spec,
                ImportCommand.spec,
                ValidateCommand.spec,
                RemoveCommand.spec,
                BackupCommand.spec,
                RestoreCommand.spec,
                DoctorCommand.spec,
                CompletionsCommand.spec,
                HelpCommand.spec,
                ManpageCommand.spec,
            ],
            run: DashboardCommand.run
        ), prefix: "")

    private static func withPaths(_ spec: CommandSpec, prefix: String) -> CommandSpec {
        var spec = spec
        spec.path = prefix
        spec.subcommands = spec.subcommands.map {
            withPaths($0, prefix: prefix.isEmpty ? $0.name : prefix + " " + $0.name)
        }
        return spec
    }

    /// The spec at a path of command names, e.g. ["config", "set"].
    static func find(_ names: [String]) -> CommandSpec? {
        var spec = root
        for name in names {
            guard let sub = spec.subcommands.first(where: { $0.name == name }) else { return nil }
            spec = sub
        }
        return spec
    }
}

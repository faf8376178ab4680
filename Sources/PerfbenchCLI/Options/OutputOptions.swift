import ArgumentParser

/// `--output`.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Where to write the JSON results.", valueName: "file"))
    var output: String = "results/latest.json"
}

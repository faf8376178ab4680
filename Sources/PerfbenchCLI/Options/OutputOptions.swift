import ArgumentParser

/// `--output`.
package struct OutputOptions: ParsableArguments {
    package init() {}

    @Option(name: .long, help: ArgumentHelp("Where to write the JSON results.", valueName: "file"))
    package var output: String = "results/latest.json"
}

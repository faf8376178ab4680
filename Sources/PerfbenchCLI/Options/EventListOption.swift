import ArgumentParser

/// `--events a,b,c` (repeatable): event names, split on commas, empty pieces dropped.
package struct EventListOption: ParsableArguments {
    package init() {}

    @Option(
        name: .customLong("events"),
        help: ArgumentHelp(
            "Comma-separated events to check in addition to the defaults: perf names (cycles, task-clock, ...) "
                + "or any libpfm4 name (perf::PERF_COUNT_SW_TASK_CLOCK, perf_raw::r00c0, amd64_fam19h_zen4::...).",
            valueName: "names"
        )
    )
    var rawEvents: [String] = []

    /// The names in the order given, without duplicates.
    package var events: [String] {
        var seen = Set<String>()
        return rawEvents.flatMap { $0.split(separator: ",") }
            .map { String($0).trimmingCharacters(in: " ") }
            .filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: Character) -> String {
        var text = Substring(self)
        while text.first == set { text.removeFirst() }
        while text.last == set { text.removeLast() }
        return String(text)
    }
}

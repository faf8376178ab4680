import ArgumentParser
import Foundation
import PerfBenchKit

package struct CountersCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "counters",
        abstract: "Show the host probe and which counters can be encoded and opened here.",
        discussion: """
            Every event is encoded with libpfm4 and opened alone with perf_event_open for this thread, \
            counting user space only unless --include-kernel is given. An event that cannot be used is \
            listed with its reason and errno (ENOENT: no hardware PMU; EACCES: perf_event_paranoid), never \
            as a zero. The generic perf events are always checked; names given with --events are added after \
            them. A name libpfm4 cannot encode here is a usage error (exit 64): CPU-qualified names such as \
            amd64_fam19h_zen4::RETIRED_INSTRUCTIONS encode only where libpfm4 detects that CPU, and the \
            report lists the event tables it detected.

            Examples:
              perfbench counters
              perfbench counters --events perf_raw::r00c0,task-clock --json
            """
    )

    package init() {}

    @OptionGroup package var eventList: EventListOption

    @Flag(name: .customLong("include-kernel"), help: "Count kernel mode too (needs perf_event_paranoid <= 1).")
    var includesKernel = false

    @Flag(help: "Print the report as JSON.")
    package var json = false

    /// Defaults first, then any extra names given with --events.
    package var events: [String] {
        CountersReport.defaultEvents + eventList.events.filter { !CountersReport.defaultEvents.contains($0) }
    }

    package func validate() throws {
        for name in eventList.events {
            do {
                _ = try EventEncoding.encode(name, includesKernel: includesKernel)
            } catch .unknownEvent(let unknown) {
                // ValidationError exits with argument-parser's validationFailure, which is ExitStatus.usage.
                let models = EventEncoding.presentPMUModels().joined(separator: ", ")
                throw ValidationError(
                    "\(CounterError.unknownEvent(name: unknown)); libpfm4 event tables active here: \(models)")
            } catch .encodingFailed(let name, let code, let message) {
                throw ValidationError("\(CounterError.encodingFailed(name: name, pfmCode: code, pfmMessage: message))")
            } catch {
                // libpfm4 itself is missing: not a usage error; the report shows it per event.
            }
        }
    }

    package func run() throws {
        let report = CountersReport.make(events: events, includesKernel: includesKernel)
        if json {
            print(String(decoding: try StableJSON.encoder().encode(report), as: UTF8.self))
        } else {
            print(CountersTextRenderer.render(report))
        }
    }
}

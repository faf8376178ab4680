import PerfBenchKit

/// The human-readable form of a `CountersReport`.
enum CountersTextRenderer {
    static func render(_ report: CountersReport) -> String {
        let host = report.host
        var lines = ["Host"]
        let rows: [(String, String)] = [
            ("cpu", "\(host.identity?.modelName ?? "unknown"), \(host.logicalCores) logical cores"),
            ("identity", host.identity.map(String.init(describing:)) ?? "not recorded"),
            ("pmu", status(host.pmu)),
            ("perf_event_paranoid", host.perfEventParanoid.map(String.init) ?? "unreadable"),
            ("swift", host.swiftVersion),
            ("allocator", [host.allocator.name, host.allocator.version].compactMap { $0 }.joined(separator: " ")),
            ("valgrind", status(host.valgrind)),
            ("git commit", host.gitCommit ?? "none (not in a git work tree)"),
            ("build", host.buildConfiguration.rawValue),
            ("libpfm4 tables", report.libpfmModels.isEmpty ? "none" : report.libpfmModels.joined(separator: ", ")),
        ]
        for (label, value) in rows {
            lines.append("  " + pad(label, 21) + value)
        }
        lines.append("")
        let scope =
            report.includesKernel
            ? "user and kernel" : "user space only, except events marked +kernel, which count kernel work only"
        lines.append("Events (\(scope))")
        func displayName(_ event: CountersReport.Event) -> String {
            event.name + (event.includesKernel == true && !report.includesKernel ? " +kernel" : "")
        }
        let nameWidth = max(24, (report.events.map { displayName($0).count }.max() ?? 0) + 2)
        lines.append("  " + pad("EVENT", nameWidth) + pad("KIND", 10) + pad("ENCODES", 9) + pad("OPENS", 7) + "REASON")
        for event in report.events {
            lines.append(
                "  " + pad(displayName(event), nameWidth)
                    + pad(event.kind ?? "-", 10) + pad(event.encodable ? "yes" : "no", 9)
                    + pad(event.openable ? "yes" : "no", 7) + (event.reason ?? ""))
        }
        lines.append("")
        lines.append("Summary: " + report.summary)
        return lines.joined(separator: "\n")
    }

    private static func status(_ status: CapabilityStatus) -> String {
        if status.available { return "available" + (status.detail.map { " (\($0))" } ?? "") }
        return "unavailable: " + (status.reason ?? "no reason recorded")
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}

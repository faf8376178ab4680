/// Software events the kernel counts only while it runs in kernel mode: user-space-only counting
/// reads them as 0 whatever happens (`perf stat -e context-switches:u` gives 0 where
/// `context-switches` gives 10). perfbench therefore always opens them with the kernel included,
/// and where that is not permitted reports them unavailable with the reason — never a measured 0.
package enum KernelSideEvents {
    /// The names (and their perf aliases) that count only in kernel mode.
    package static let names: Set<String> = [
        "context-switches", "cs", "cpu-migrations", "migrations",
        "perf::PERF_COUNT_SW_CONTEXT_SWITCHES", "perf::PERF_COUNT_SW_CPU_MIGRATIONS",
    ]

    /// Whether `name` counts only kernel-mode work.
    package static func countsOnlyInKernel(_ name: String) -> Bool {
        names.contains(name)
    }
}

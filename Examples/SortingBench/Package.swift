// swift-tools-version:6.1
import PackageDescription

// Linux only, like perfbench itself: the harness links libpfm4 and jemalloc and reads perf_event_open.
#if !os(Linux)
#error("SortingBench builds on Linux only, as perfbench does (perf_event_open, libpfm4, jemalloc)")
#endif

// A package of one's own with before/after pairs of its own, measured and gated by perfbench's
// harness and CLI. It depends on the perfbench package by path (this repository's root); its
// products are named without the package's identity, which for a path is the folder's name.
let package = Package(
    name: "SortingBench",
    dependencies: [.package(name: "perfbench", path: "../..")],
    targets: [
        .executableTarget(
            name: "sorting-bench",
            dependencies: [
                .product(name: "PerfBenchKit", package: "perfbench"),
                .product(name: "PerfbenchCLI", package: "perfbench"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        )
    ]
)

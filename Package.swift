// swift-tools-version:6.1
import PackageDescription

// Linux only: the measurement side needs perf_event_open, libpfm4 and jemalloc (always linked), and
// the runtimes read clocks through Glibc. No other platform is built or tested, so none is declared.
#if !os(Linux)
#error("perfbench builds on Linux only (perf_event_open, libpfm4, jemalloc, Glibc); see README")
#endif

// Dependencies flow one way: CPerf, CSymbols <- PerfBenchKit <- PerfbenchCLI <- perfbench.
// The runtimes never link the measurement libraries: ComputeRuntime depends on CXXHash (header-only
// XXH3) and swift-crypto (ed25519 member identities); LegacyBaseline on ComputeRuntime and CXXHash.
let swift6: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "perfbench",
    products: [
        .executable(name: "perfbench", targets: ["perfbench"]),
        .library(name: "ComputeRuntime", targets: ["ComputeRuntime"]),
        .library(name: "LegacyBaseline", targets: ["LegacyBaseline"]),
        .library(name: "PerfBenchKit", targets: ["PerfBenchKit"]),
        // The CLI's verbs over a catalog of one's own: `Perfbench.main(catalog:commandName:)`
        // (Examples/SortingBench).
        .library(name: "PerfbenchCLI", targets: ["PerfbenchCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // ed25519 for compute-group member identities (Curve25519.Signing); cold path only.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // C glue for the measurement side: perf_event_open + libpfm4, jemalloc, valgrind client requests.
        .target(
            name: "CPerf",
            linkerSettings: [.linkedLibrary("pfm"), .linkedLibrary("jemalloc")]
        ),
        // Symbols for the profiler's sampled addresses: elfutils' libdwfl, the Swift runtime's demangler
        // and libstdc++'s for the runtime's C++ frames.
        // Apart from CPerf so that only the harness links libdw and libelf.
        .target(
            name: "CSymbols",
            linkerSettings: [.linkedLibrary("dw"), .linkedLibrary("elf"), .linkedLibrary("stdc++")]
        ),
        // Header-only XXH3 (Debian's libxxhash-dev, XXH_INLINE_ALL): no library is linked.
        .target(name: "CXXHash"),
        .target(
            name: "ComputeRuntime",
            dependencies: ["CXXHash", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swift6
        ),
        .target(name: "LegacyBaseline", dependencies: ["ComputeRuntime", "CXXHash"], swiftSettings: swift6),
        .target(
            name: "PerfBenchKit",
            dependencies: ["CPerf", "CSymbols", "CXXHash", "ComputeRuntime", "LegacyBaseline"],
            swiftSettings: swift6
        ),
        // The commands; the `perfbench` executable is only their entry point, so tests reach them
        // through `package` access in any build configuration, and other packages run them over
        // their own cases through the one public entry point (`Perfbench.main`).
        .target(
            name: "PerfbenchCLI",
            dependencies: ["PerfBenchKit", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: swift6
        ),
        .executableTarget(name: "perfbench", dependencies: ["PerfbenchCLI"], swiftSettings: swift6),
        // Tiny workload that toggles callgrind collection around itself; CallgrindControlTests runs it
        // under valgrind twice and expects identical instruction totals.
        .executableTarget(name: "callgrind-probe", dependencies: ["PerfBenchKit"], swiftSettings: swift6),
        .target(
            name: "RuntimeTestSupport",
            dependencies: ["ComputeRuntime", "LegacyBaseline", "PerfBenchKit"],
            path: "Tests/RuntimeTestSupport",
            swiftSettings: swift6
        ),
        .testTarget(
            name: "ComputeRuntimeTests",
            dependencies: ["ComputeRuntime", "RuntimeTestSupport", "PerfBenchKit"],
            swiftSettings: swift6
        ),
        .testTarget(
            name: "LegacyBaselineTests",
            dependencies: ["LegacyBaseline", "ComputeRuntime", "RuntimeTestSupport", "PerfBenchKit"],
            swiftSettings: swift6
        ),
        .testTarget(
            name: "EquivalenceTests",
            dependencies: ["ComputeRuntime", "LegacyBaseline", "RuntimeTestSupport"],
            swiftSettings: swift6
        ),
        .testTarget(
            name: "PerfBenchKitTests",
            dependencies: ["PerfBenchKit", "ComputeRuntime", "CPerf", "callgrind-probe"],
            exclude: ["Snapshots"],
            resources: [.copy("Fixtures")],
            swiftSettings: swift6
        ),
        .testTarget(
            name: "PerfbenchCLITests",
            dependencies: [
                "PerfbenchCLI", "PerfBenchKit", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swift6
        ),
    ]
)

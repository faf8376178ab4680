// swift-tools-version:6.1
import PackageDescription

// Dependencies flow one way: CPerf, CSymbols <- PerfBenchKit <- perfbench.
// The runtimes import only CXXHash and never link the measurement libraries.
let swift6: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "perfbench",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "perfbench", targets: ["perfbench"]),
        .library(name: "ComputeRuntime", targets: ["ComputeRuntime"]),
        .library(name: "LegacyBaseline", targets: ["LegacyBaseline"]),
        .library(name: "PerfBenchKit", targets: ["PerfBenchKit"]),
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
        .executableTarget(
            name: "perfbench",
            dependencies: ["PerfBenchKit", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: swift6
        ),
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
            dependencies: ["PerfBenchKit", "CPerf", "callgrind-probe"],
            exclude: ["Snapshots"],
            resources: [.copy("Fixtures")],
            swiftSettings: swift6
        ),
        .testTarget(
            name: "PerfbenchCLITests",
            dependencies: ["perfbench", "PerfBenchKit"],
            swiftSettings: swift6
        ),
    ]
)

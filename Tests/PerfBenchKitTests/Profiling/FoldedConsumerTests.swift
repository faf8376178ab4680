import Foundation
import PerfBenchKit
import XCTest

/// Folded files perfbench writes, read by a flame graph tool from PyPI (flameshow's parser): the tree
/// it builds must be perfbench's own, frame path by frame path.
final class FoldedConsumerTests: XCTestCase {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    func testFlameshowReadsTheFoldedFileAsPerfbenchWroteIt() throws {
        let python = Self.packageRoot.appendingPathComponent(".build/folded-consumer/bin/python")
        guard FileManager.default.isExecutableFile(atPath: python.path) else {
            throw XCTSkip("the reference consumer is not installed: run ci/folded-consumer.sh (ci/test.sh does)")
        }
        var profile = StackProfile()
        profile.add(["[harness]", "LegacyBaseline.LoadBalancer.select(ComputeRuntime.RequestContext)"], count: 7)
        profile.add(
            [
                "[harness]", "LegacyBaseline.LoadBalancer.select(ComputeRuntime.RequestContext)",
                "generic specialization <(key: Swift.UInt64, node: ComputeRuntime.NodeID)> of Swift.Array.sort(by:)",
            ],
            count: 4_096)
        profile.add(["[harness]", "closure #1 (A, B) -> Swift.Bool in f() 12"], count: 3)
        profile.add(["[harness]"], count: 20)
        profile.add(["[unknown]", "__memmove_avx512_unaligned_erms"], count: 1)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("consumer-\(UUID().uuidString).folded")
        try FoldedFormat.render(profile).write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }

        let printed = try run(
            python.path, [Self.packageRoot.appendingPathComponent("ci/folded_consumer.py").path, file.path])

        XCTAssertEqual(printed, Self.tree(profile))
    }

    /// What ci/folded_consumer.py prints for `profile`: the total, then each frame path's inclusive count.
    static func tree(_ profile: StackProfile) -> String {
        var inclusive: [String: UInt64] = [:]
        for (stack, count) in profile.stacks {
            for depth in 1...stack.count {
                inclusive[stack.prefix(depth).joined(separator: ";"), default: 0] += count
            }
        }
        let lines = inclusive.map { "\($0.key)\t\($0.value)" }.sorted {
            Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8))
        }
        return (["\t\(profile.total)"] + lines).joined(separator: "\n") + "\n"
    }

    private func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "ci/folded_consumer.py failed")
        return String(decoding: data, as: UTF8.self)
    }
}

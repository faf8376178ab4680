import Foundation
import PerfBenchKit
import XCTest

/// The child's launch must not carry anything of the parent's host: counts moved with it.
final class CallgrindLaunchTests: XCTestCase {
    func testChildEnvironmentIsTheDeterministicOneWhateverTheParentHas() {
        let parent = ["PATH": "/usr/bin", "HOME": "/root", "PWD": "/work/main", "CI": "true"]

        let environment = CallgrindLaunch.environment(parent: parent)

        XCTAssertEqual(environment, CallgrindEngine.deterministicEnvironment)
    }

    func testChildEnvironmentKeepsValgrindLib() {
        let environment = CallgrindLaunch.environment(parent: ["VALGRIND_LIB": "/opt/valgrind/lib", "X": "1"])

        XCTAssertEqual(environment["VALGRIND_LIB"], "/opt/valgrind/lib")
        XCTAssertNil(environment["X"])
    }

    func testClientPathHasTheSameLengthForAnyExecutable() throws {
        guard CallgrindLaunch.findOnPath("valgrind") != nil else {
            throw XCTSkip("valgrind is not on PATH")
        }
        let short = try CallgrindLaunch(executable: "/bin/true")
        let long = try CallgrindLaunch(executable: "/usr/lib/some/much/longer/checkout/path/.build/release/perfbench")
        defer {
            short.remove()
            long.remove()
        }

        XCTAssertEqual(short.client.utf8.count, long.client.utf8.count)
        XCTAssertNotEqual(short.client, long.client)
        XCTAssertEqual(
            try FileManager.default.destinationOfSymbolicLink(atPath: long.client),
            "/usr/lib/some/much/longer/checkout/path/.build/release/perfbench")
    }

    func testRemoveDeletesTheChildDirectory() throws {
        guard CallgrindLaunch.findOnPath("valgrind") != nil else {
            throw XCTSkip("valgrind is not on PATH")
        }
        let launch = try CallgrindLaunch(executable: "/bin/true")

        launch.remove()

        XCTAssertFalse(FileManager.default.fileExists(atPath: launch.directory.path))
    }

    func testFindOnPathFindsAnExecutableAndRejectsAMissingOne() {
        XCTAssertNotNil(CallgrindLaunch.findOnPath("sh"))
        XCTAssertNil(CallgrindLaunch.findOnPath("perfbench-no-such-tool"))
    }
}

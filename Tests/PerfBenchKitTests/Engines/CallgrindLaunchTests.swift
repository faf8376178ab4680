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

    private func requireTools() throws {
        guard CallgrindLaunch.findOnPath("valgrind") != nil, CallgrindLaunch.findOnPath("objcopy") != nil else {
            throw XCTSkip("valgrind or objcopy is not on PATH")
        }
    }

    func testClientIsAnExecutableCopyAtAPathOfFixedLength() throws {
        try requireTools()
        let first = try CallgrindLaunch(executable: "/bin/true")
        let second = try CallgrindLaunch(executable: "/bin/true")
        defer {
            first.remove()
            second.remove()
        }

        XCTAssertEqual(first.client.utf8.count, second.client.utf8.count)
        XCTAssertNotEqual(first.client, second.client)
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: first.client))
        let attributes = try FileManager.default.attributesOfItem(atPath: first.client)
        XCTAssertNotEqual(attributes[.type] as? FileAttributeType, .typeSymbolicLink)
    }

    func testDebugInfoIsStrippedFromTheClient() throws {
        try requireTools()
        guard let executable = CallgrindEngine.ownExecutable() else { throw XCTSkip("no /proc/self/exe") }
        let launch = try CallgrindLaunch(executable: executable)
        defer { launch.remove() }

        // The test binary is a debug build: it has DWARF sections, its client copy none.
        XCTAssertTrue(try sectionNames(executable).contains(".debug_info"))
        let stripped = try sectionNames(launch.client)
        XCTAssertFalse(stripped.contains { $0.hasPrefix(".debug_") }, "\(stripped)")
        XCTAssertTrue(stripped.contains(".symtab"), "the symbol table stays: \(stripped)")
    }

    /// Section names of an ELF file, from binutils' readelf.
    private func sectionNames(_ path: String) throws -> [String] {
        let readelf = Process()
        readelf.executableURL = URL(fileURLWithPath: try XCTUnwrap(CallgrindLaunch.findOnPath("readelf")))
        readelf.arguments = ["-SW", path]
        let output = Pipe()
        readelf.standardOutput = output
        try readelf.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        readelf.waitUntilExit()
        return text.split(separator: "\n").compactMap { line in
            guard let close = line.firstIndex(of: "]") else { return nil }
            return line[line.index(after: close)...].split(separator: " ").first.map(String.init)
        }
    }

    func testAnExecutableObjcopyCannotReadIsAOneLineError() throws {
        try requireTools()
        XCTAssertThrowsError(try CallgrindLaunch(executable: "/no/such/perfbench")) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("objcopy --strip-debug /no/such/perfbench failed"), text)
            XCTAssertFalse(text.contains("\n"), text)
        }
    }

    func testEachChildGetsItsOwnDumpFolderAndRemoveDeletesThemAll() throws {
        try requireTools()
        let launch = try CallgrindLaunch(executable: "/bin/true")

        let first = try launch.dumpFolder(0)
        let second = try launch.dumpFolder(1)
        XCTAssertNotEqual(first, second)
        XCTAssertTrue(FileManager.default.fileExists(atPath: second.path))
        launch.remove()

        XCTAssertFalse(FileManager.default.fileExists(atPath: launch.directory.path))
    }

    func testFindOnPathFindsAnExecutableAndRejectsAMissingOne() {
        XCTAssertNotNil(CallgrindLaunch.findOnPath("sh"))
        XCTAssertNil(CallgrindLaunch.findOnPath("perfbench-no-such-tool"))
    }
}

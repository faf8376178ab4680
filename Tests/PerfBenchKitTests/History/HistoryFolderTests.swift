import Foundation
import PerfBenchKit
import XCTest

final class HistoryFolderTests: XCTestCase {
    private var directory: String!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("perfbench-history-\(UUID())").path
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: directory)
    }

    private func run(_ index: Int, instructions: Double = 82) -> ResultsDocument {
        SyntheticHistory.document(index: index, time: 21, instructions: instructions, speedup: 70)
    }

    private func files() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    }

    func testAdd_namesTheFileByDateAndShortCommit_andStoresItSlimmed() throws {
        let path = try HistoryFolder.add(run(3), to: directory)

        XCTAssertEqual(try files(), ["2026-12-02-c0000a3.json"])
        XCTAssertEqual(path, (directory as NSString).appendingPathComponent("2026-12-02-c0000a3.json"))
        let stored = try ResultsStore.load(from: path)
        XCTAssertEqual(stored, run(3).slimmed())
        XCTAssertNil(stored.cases[0].fixed.rounds)
    }

    func testAdd_sameCommitAgain_replacesItsFile() throws {
        try HistoryFolder.add(run(3), to: directory)
        var later = run(3, instructions: 90)
        later.createdAt = "2026-12-05T09:00:00Z"

        try HistoryFolder.add(later, to: directory)

        XCTAssertEqual(try files(), ["2026-12-05-c0000a3.json"])
    }

    func testFileName_withoutACommit_usesTheTimeOfDay() {
        var document = run(1)
        document.host.gitCommit = nil
        document.createdAt = "2026-12-02T21:13:59Z"

        XCTAssertEqual(HistoryFolder.fileName(for: document), "2026-12-02-211359.json")
    }

    func testLoad_ordersByCreatedAtNotFileName_andLabelsByShortCommit() throws {
        var newer = run(1)
        newer.createdAt = "2026-12-03T08:00:00Z"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        // The file names sort the other way round.
        try ResultsStore.save(newer, to: directory + "/a.json")
        try ResultsStore.save(run(2), to: directory + "/b.json")

        let entries = try HistoryFolder.load(directory)

        XCTAssertEqual(entries.map(\.label), ["c0000a2", "c0000a1"])
        XCTAssertEqual(entries.map(\.date), ["2026-12-02", "2026-12-03"])
    }

    func testLoad_migratesVersion1Files_labelledByFileNameWithoutACommit() throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: try fixtureURL("v1-minimal.json").path, toPath: directory + "/2026-11-27-old.json")
        try HistoryFolder.add(run(1), to: directory)

        let entries = try HistoryFolder.load(directory)

        XCTAssertEqual(entries.map(\.label), ["2026-11-27-old", "c0000a1"])
        XCTAssertEqual(entries[0].document.schema, ResultsDocument.currentSchema)
    }

    func testLoad_skipsSubdirectoriesAndOtherFiles() throws {
        try HistoryFolder.add(run(1), to: directory)
        try FileManager.default.createDirectory(atPath: directory + "/charts", withIntermediateDirectories: true)
        try Data("x".utf8).write(to: URL(fileURLWithPath: directory + "/charts/x.svg"))
        try Data("notes".utf8).write(to: URL(fileURLWithPath: directory + "/README.md"))

        XCTAssertEqual(try HistoryFolder.load(directory).count, 1)
    }

    func testLoad_missingOrEmptyDirectory_saysSo() throws {
        XCTAssertThrowsError(try HistoryFolder.load(directory)) { error in
            XCTAssertEqual(error as? HistoryError, .notADirectory(path: directory))
        }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        XCTAssertThrowsError(try HistoryFolder.load(directory)) { error in
            XCTAssertEqual(error as? HistoryError, .noResults(directory: directory))
        }
    }

    func testLoad_brokenFile_isRefusedWithItsPath() throws {
        try HistoryFolder.add(run(1), to: directory)
        try Data("{".utf8).write(to: URL(fileURLWithPath: directory + "/broken.json"))

        XCTAssertThrowsError(try HistoryFolder.load(directory)) { error in
            guard case .malformed(let path, _, _)? = error as? ResultsError else {
                return XCTFail("unexpected \(error)")
            }
            XCTAssertTrue(path.hasSuffix("/broken.json"), path)
        }
    }

    func testOrdered_unparseableTimesGoFirst_equalTimesKeepTheirOrder() {
        func entry(_ label: String, _ createdAt: String) -> HistoryEntry {
            HistoryEntry(label: label, createdAt: createdAt, path: label, document: run(0))
        }
        let entries = [
            entry("late", "2026-12-02T10:00:00Z"), entry("same-a", "2026-12-02T09:00:00Z"),
            entry("garbage", "yesterday"), entry("same-b", "2026-12-02T09:00:00Z"),
            entry("fraction", "2026-12-02T08:00:00.5Z"),
        ]

        XCTAssertEqual(
            HistoryFolder.ordered(entries).map(\.label), ["garbage", "fraction", "same-a", "same-b", "late"])
    }
}

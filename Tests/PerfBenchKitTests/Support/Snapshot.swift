import Foundation
import XCTest

/// Compares `text` with the golden file `Snapshots/<name>`; with `PERFBENCH_RECORD_SNAPSHOTS=1`
/// rewrites the file instead; review the diff before committing it.
func assertSnapshot(_ text: String, named name: String, file: StaticString = #filePath, line: UInt = #line) {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots").appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["PERFBENCH_RECORD_SNAPSHOTS"] == "1" {
        do {
            try Data(text.utf8).write(to: url)
        } catch {
            XCTFail("cannot record snapshot \(name): \(error)", file: file, line: line)
        }
        return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
        XCTFail("missing snapshot \(name): run with PERFBENCH_RECORD_SNAPSHOTS=1", file: file, line: line)
        return
    }
    let expected = String(decoding: data, as: UTF8.self)
    guard expected != text else { return }
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let firstDifference =
        Array(zip(expectedLines, actualLines)).firstIndex { $0 != $1 } ?? min(expectedLines.count, actualLines.count)
    let expectedLine = firstDifference < expectedLines.count ? String(expectedLines[firstDifference]) : "<end>"
    let actualLine = firstDifference < actualLines.count ? String(actualLines[firstDifference]) : "<end>"
    XCTFail(
        "snapshot \(name) differs at line \(firstDifference + 1):\n"
            + "  expected: \(expectedLine)\n  actual:   \(actualLine)",
        file: file, line: line)
}

/// The URL of a fixture file in `Fixtures/`.
func fixtureURL(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> URL {
    try XCTUnwrap(
        Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"), file: file, line: line)
}

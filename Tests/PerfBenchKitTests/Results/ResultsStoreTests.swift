import Foundation
import PerfBenchKit
import XCTest

final class ResultsStoreTests: XCTestCase {
    func testSchemaIdentifierIsVersionOne() {
        XCTAssertEqual(ResultsDocument.currentSchema, "perfbench.results/1")
    }

    func testEncodeThenDecode_givesAnEqualDocument() throws {
        let document = SyntheticResults.document()

        let decoded = try ResultsStore.decode(ResultsStore.encode(document), path: "memory")

        XCTAssertEqual(decoded, document)
    }

    func testEncode_isSortedPrettyAndEndsWithNewline() throws {
        let text = String(decoding: try ResultsStore.encode(SyntheticResults.document()), as: UTF8.self)

        XCTAssertTrue(text.hasPrefix("{\n  \"cases\" : ["), "keys sorted, pretty: \(text.prefix(40))")
        XCTAssertTrue(text.hasSuffix("}\n"))
        XCTAssertLessThan(
            try XCTUnwrap(text.range(of: "\"created_at\"")).lowerBound,
            try XCTUnwrap(text.range(of: "\"engine\"")).lowerBound)
    }

    func testEncode_isByteIdenticalAcrossCalls() throws {
        let document = SyntheticResults.document()

        XCTAssertEqual(try ResultsStore.encode(document), try ResultsStore.encode(document))
    }

    func testEncode_nonFiniteNumber_throwsUnencodableWithPath() {
        var document = SyntheticResults.document()
        document.cases[1].fixed.bytesPerEvent = .nan

        XCTAssertThrowsError(try ResultsStore.encode(document)) { error in
            guard case .unencodable(let codingPath, _) = error as? ResultsError else {
                return XCTFail("unexpected \(error)")
            }
            XCTAssertEqual(codingPath, "cases[1].fixed.bytes_per_event")
        }
    }

    func testLoad_validFixture_decodesEveryLevel() throws {
        let document = try ResultsStore.load(from: try fixtureURL("valid-minimal.json").path)

        XCTAssertEqual(document.engine.used, "wall")
        XCTAssertTrue(document.quick)
        XCTAssertEqual(document.host.pmu.reason, "no hardware PMU on this host (ENOENT)")
        XCTAssertNil(document.host.gitCommit)
        XCTAssertEqual(document.cases.count, 1)
        XCTAssertEqual(document.cases[0].legacy.counters["task-clock"], 1488.5)
        XCTAssertNil(document.cases[0].legacy.instructionsPerEvent)
        XCTAssertNil(document.cases[0].fixed.instructionsPerEvent, "an absent key decodes as not measured")
        XCTAssertEqual(document.cases[0].speedup?.ciLow, 69.8)
        XCTAssertEqual(document.cases[0].floor, CaseFloor(minSpeedup: 3, maxFixedAllocsPerEvent: 0))
    }

    func testSaveThenLoad_givesAnEqualDocument() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("perfbench-store-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("nested/run.json").path
        let document = SyntheticResults.document()

        try ResultsStore.save(document, to: path)

        XCTAssertEqual(try ResultsStore.load(from: path), document)
    }

    func testLoad_missingFile_throwsMissingFile() {
        XCTAssertThrowsError(try ResultsStore.load(from: "/nonexistent/baseline.json")) { error in
            XCTAssertEqual(error as? ResultsError, .missingFile(path: "/nonexistent/baseline.json"))
            XCTAssertEqual("\(error)", "/nonexistent/baseline.json: no such file")
        }
    }

    func testLoad_directory_throwsUnreadable() {
        let path = FileManager.default.temporaryDirectory.path

        XCTAssertThrowsError(try ResultsStore.load(from: path)) { error in
            XCTAssertEqual(error as? ResultsError, .unreadable(path: path, reason: "is a directory (EISDIR)"))
        }
    }

    func testLoad_truncatedJSON_throwsMalformedNotJSON() throws {
        let path = try fixtureURL("truncated.json").path

        XCTAssertThrowsError(try ResultsStore.load(from: path)) { error in
            XCTAssertEqual(error as? ResultsError, .malformed(path: path, codingPath: "", reason: "not valid JSON"))
            XCTAssertEqual("\(error)", "\(path): malformed results: not valid JSON")
        }
    }

    func testLoad_wrongType_namesTheDecodingPath() throws {
        let path = try fixtureURL("wrong-type.json").path

        XCTAssertThrowsError(try ResultsStore.load(from: path)) { error in
            XCTAssertEqual(
                error as? ResultsError,
                .malformed(path: path, codingPath: "cases[0].speedup.ci_low", reason: "expected a number"))
            XCTAssertEqual("\(error)", "\(path): malformed results at cases[0].speedup.ci_low: expected a number")
        }
    }

    func testLoad_missingKey_namesTheMissingKey() throws {
        let path = try fixtureURL("missing-key.json").path

        XCTAssertThrowsError(try ResultsStore.load(from: path)) { error in
            XCTAssertEqual(
                error as? ResultsError,
                .malformed(path: path, codingPath: "cases[0].floor.min_speedup", reason: "missing key"))
        }
    }

    func testLoad_otherSchemaVersion_throwsSchemaMismatch() throws {
        let path = try fixtureURL("wrong-schema.json").path

        XCTAssertThrowsError(try ResultsStore.load(from: path)) { error in
            XCTAssertEqual(
                error as? ResultsError,
                .schemaMismatch(path: path, found: "perfbench.results/2", expected: "perfbench.results/1"))
            XCTAssertEqual("\(error)", "\(path): schema perfbench.results/2, expected perfbench.results/1")
        }
    }

    func testLoad_noSchemaField_throwsMalformedAtSchema() throws {
        let path = try fixtureURL("missing-schema.json").path

        XCTAssertThrowsError(try ResultsStore.load(from: path)) { error in
            XCTAssertEqual(error as? ResultsError, .malformed(path: path, codingPath: "schema", reason: "missing key"))
        }
    }

    func testDecode_topLevelArray_isMalformed() {
        XCTAssertThrowsError(try ResultsStore.decode(Data("[1, 2]".utf8), path: "array.json")) { error in
            guard case .malformed(let path, _, let reason) = error as? ResultsError else {
                return XCTFail("unexpected \(error)")
            }
            XCTAssertEqual(path, "array.json")
            XCTAssertEqual(reason, "expected an object")
        }
    }
}

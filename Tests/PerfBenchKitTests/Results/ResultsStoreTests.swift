import Foundation
import PerfBenchKit
import XCTest

final class ResultsStoreTests: XCTestCase {
    func testSchemaIdentifierIsVersionTwo() {
        XCTAssertEqual(ResultsDocument.currentSchema, "perfbench.results/2")
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
        document.cases[1].fixed[.bytes] = .exact(.nan, metric: .bytes, events: 1)

        XCTAssertThrowsError(try ResultsStore.encode(document)) { error in
            guard case .unencodable(let codingPath, _) = error as? ResultsError else {
                return XCTFail("unexpected \(error)")
            }
            XCTAssertEqual(codingPath, "cases[1].fixed.metrics.bytes.value")
        }
    }

    func testLoad_validFixture_decodesEveryLevel() throws {
        let document = try ResultsStore.load(from: try fixtureURL("valid-minimal.json").path)

        XCTAssertEqual(document.engine.used, .wall)
        XCTAssertTrue(document.quick)
        XCTAssertEqual(document.host.pmu.reason, "no hardware PMU on this host (ENOENT)")
        XCTAssertEqual(document.host.identity?.family, 0x1A)
        XCTAssertNil(document.host.gitCommit)
        XCTAssertEqual(document.cases.count, 1)
        let result = document.cases[0]
        XCTAssertEqual(result.isolates, [148])
        XCTAssertEqual(result.legacy.value(.counter("task-clock")), 1488.5)
        XCTAssertEqual(result.legacy[.allocations]?.events, 200)
        XCTAssertEqual(result.fixed.rounds?[.time], [20, 20.5, 21, 21.6, 24])
        XCTAssertNil(result.fixed.value(.instructions), "an absent metric decodes as not measured")
        XCTAssertEqual(document.unavailableReason(.instructions, side: .fixed, in: result), "valgrind not requested")
        XCTAssertEqual(result.speedup?.ciLow, 69.8)
        XCTAssertEqual(result.floor, CaseFloor(minSpeedup: 3, maxFixedAllocsPerEvent: 0))
    }

    func testLoad_schemaOneFile_isMigratedWithWhatItRecorded() throws {
        let document = try ResultsStore.load(from: try fixtureURL("v1-minimal.json").path)

        XCTAssertEqual(document.schema, "perfbench.results/2")
        XCTAssertNil(document.host.identity, "a /1 file recorded only a model name: its host is comparable with none")
        XCTAssertNil(document.method)
        let result = document.cases[0]
        XCTAssertEqual(result.legacy.value(.time), 1500)
        XCTAssertEqual(result.legacy[.time]?.p75, 1560)
        XCTAssertEqual(result.legacy.value(.cpuTime), 1490)
        XCTAssertEqual(result.legacy.value(.allocations), 2)
        XCTAssertNil(result.legacy[.allocations]?.events, "/1 did not record the counted events")
        XCTAssertEqual(result.legacy.value(.counter("task-clock")), 1488.5)
        XCTAssertNil(result.legacy.rounds)
        XCTAssertEqual(result.speedup?.median, 71.4)
        XCTAssertEqual(result.isolates, [148])
        XCTAssertEqual(
            document.unavailable,
            [
                UnavailableMetric(metric: "counter:cycles", reason: "no hardware PMU on this host (ENOENT)")
            ])
    }

    func testLoad_metricInAnotherUnit_namesTheMetric() throws {
        let path = try fixtureURL("wrong-unit.json").path

        XCTAssertThrowsError(try ResultsStore.load(from: path)) { error in
            XCTAssertEqual(
                error as? ResultsError,
                .malformed(
                    path: path, codingPath: "cases[0].fixed.metrics.time.unit",
                    reason: "unit 'us/event', expected 'ns/event'"))
        }
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
                .malformed(path: path, codingPath: "cases[0].ratios.speedup.ci_low", reason: "expected a number"))
            XCTAssertEqual(
                "\(error)", "\(path): malformed results at cases[0].ratios.speedup.ci_low: expected a number")
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
                .schemaMismatch(path: path, found: "perfbench.results/3", expected: "perfbench.results/2"))
            XCTAssertEqual("\(error)", "\(path): schema perfbench.results/3, expected perfbench.results/2")
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

import PerfBenchKit
import XCTest

final class EventEncodingTests: XCTestCase {
    func testGenericHardwareNames_encodeAsHardwareUserOnly() throws {
        for name in ["instructions", "cycles", "branch-misses", "cache-misses"] {
            let encoding = try EventEncoding.encode(name)

            XCTAssertTrue(encoding.isHardware, name)
            XCTAssertTrue(encoding.excludesKernel, name)
            XCTAssertFalse(encoding.excludesUser, name)
        }
    }

    func testInstructions_encodesAsPerfHardwareInstructions() throws {
        let encoding = try EventEncoding.encode("instructions")

        XCTAssertEqual(encoding.type, 0)
        XCTAssertEqual(encoding.config, 1)
    }

    func testGenericSoftwareNames_encodeAsSoftwareEvents() throws {
        let expected: [(String, UInt64)] = [
            ("cpu-clock", 0), ("task-clock", 1), ("page-faults", 2), ("context-switches", 3),
            ("cpu-migrations", 4), ("minor-faults", 5), ("major-faults", 6),
        ]
        for (name, config) in expected {
            let encoding = try EventEncoding.encode(name)

            XCTAssertEqual(encoding.type, 1, name)
            XCTAssertEqual(encoding.config, config, name)
            XCTAssertFalse(encoding.isHardware, name)
        }
    }

    func testZen4Name_encodesExactlyWhenLibpfmDetectsZen4() throws {
        let name = "amd64_fam19h_zen4::RETIRED_INSTRUCTIONS"

        let result = Result { () throws(CounterError) in try EventEncoding.encode(name) }

        if EventEncoding.presentPMUModels().contains("amd64_fam19h_zen4") {
            let encoding = try result.get()
            XCTAssertTrue(encoding.isHardware)
            XCTAssertEqual(encoding.config & 0xff, 0xc0, "RETIRED_INSTRUCTIONS is event 0xC0")
        } else {
            // libpfm 4.13 has no table for newer CPUs (Zen 5 is family 0x1A): the name is unknown here.
            guard case .failure(let error) = result else { return XCTFail("\(name) encoded without its PMU") }
            XCTAssertEqual(error, .unknownEvent(name: name))
        }
    }

    func testPerfRawName_encodesAsRawEventWithItsConfig() throws {
        let encoding = try EventEncoding.encode("perf_raw::r00c0")

        XCTAssertEqual(encoding.type, 4)
        XCTAssertEqual(encoding.config, 0xc0)
        XCTAssertTrue(encoding.isHardware)
    }

    func testPresentPMUModels_includePerfGenericModel() {
        let models = EventEncoding.presentPMUModels()

        XCTAssertTrue(models.contains("perf"), "\(models)")
    }

    func testPerfQualifiedName_encodes() throws {
        let encoding = try EventEncoding.encode("perf::PERF_COUNT_SW_TASK_CLOCK")

        XCTAssertEqual(encoding.type, 1)
        XCTAssertEqual(encoding.config, 1)
    }

    func testIncludesKernel_clearsKernelExclusion() throws {
        let encoding = try EventEncoding.encode("instructions", includesKernel: true)

        XCTAssertFalse(encoding.excludesKernel)
    }

    func testUnknownName_throwsUnknownEventNamingIt() {
        XCTAssertThrowsError(try EventEncoding.encode("no-such-event")) { error in
            XCTAssertEqual(error as? CounterError, .unknownEvent(name: "no-such-event"))
            XCTAssertEqual(
                (error as? CounterError)?.description,
                "event 'no-such-event' unknown: libpfm4 cannot encode it (PFM_ERR_NOTFOUND)"
            )
        }
    }

    func testBadUnitMask_throwsEncodingFailedWithLibpfmMessage() {
        XCTAssertThrowsError(try EventEncoding.encode("perf::PERF_COUNT_HW_CACHE_L1D:NO_SUCH_UMASK")) {
            error in
            guard case .encodingFailed(let name, let code, let message)? = error as? CounterError else {
                return XCTFail("expected encodingFailed, got \(error)")
            }
            XCTAssertEqual(name, "perf::PERF_COUNT_HW_CACHE_L1D:NO_SUCH_UMASK")
            XCTAssertLessThan(code, 0)
            XCTAssertFalse(message.isEmpty)
        }
    }
}

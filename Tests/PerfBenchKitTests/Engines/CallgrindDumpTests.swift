import PerfBenchKit
import XCTest

final class CallgrindDumpTests: XCTestCase {
    func testParsesLabelAndTotalsOfAClientRequestDump() {
        let text = """
            version: 1
            creator: callgrind-3.19.0
            pid: 4242
            cmd:  /work/.build/release/perfbench callgrind-child --case-ids lb.select.roundRobin.n10
            part: 3
            desc: I1 cache:
            desc: Trigger: Client Request: perfbench|lb.select.roundRobin.n10|fixed|400
            positions: line
            events: Ir
            summary: 0
            totals: 523612

            fl=(1) ???
            """

        let dump = CallgrindDump(parsing: text)

        XCTAssertEqual(dump?.label, "perfbench|lb.select.roundRobin.n10|fixed|400")
        XCTAssertEqual(dump?.totalInstructions, 523_612)
    }

    func testDumpWithoutClientRequestTriggerIsIgnored() {
        let text = "desc: Trigger: Program termination\nevents: Ir\ntotals: 0\n"

        XCTAssertNil(CallgrindDump(parsing: text))
    }

    func testDumpWithoutTotalsIsIgnored() {
        XCTAssertNil(CallgrindDump(parsing: "desc: Trigger: Client Request: perfbench|x|legacy|1\n"))
    }
}

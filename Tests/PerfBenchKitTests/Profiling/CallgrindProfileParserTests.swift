import PerfBenchKit
import XCTest

final class CallgrindProfileParserTests: XCTestCase {
    /// A dump as `--separate-callers --dump-instr=no --compress-pos=no` writes it; the calls lines'
    /// costs are the callee's and must not count as the caller's own.
    static let dump = """
        version: 1
        creator: callgrind-3.19.0
        desc: Trigger: Client Request: perfbench-profile|lb.x|legacy|4
        positions: line
        events: Ir
        summary: 0
        totals: 1500

        ob=(1) /bin/perfbench
        fl=(1) ???
        fn=(1) loop
        0 100
        cfn=(2) work'loop
        calls=4 0
        0 1400
        fn=(2)
        0 900
        cfn=(3) sort'work'loop
        calls=4 0
        0 500
        fn=(3)
        0 300
        fn=(4) sort'2'work'loop
        0 200
        """

    func testSelfCostsPerCallerChain_becomeStacksSummingToTotals() throws {
        let profile = try XCTUnwrap(CallgrindProfileParser.parse(Self.dump, chainDepth: 10) { "$" + $0 })

        XCTAssertEqual(profile.label, "perfbench-profile|lb.x|legacy|4")
        XCTAssertEqual(profile.totalInstructions, 1500)
        XCTAssertEqual(
            profile.stacks.stacks, [["$loop"]: 100, ["$loop", "$work"]: 900, ["$loop", "$work", "$sort"]: 500])
        XCTAssertEqual(profile.stacks.total, profile.totalInstructions)
        XCTAssertFalse(profile.hasTruncatedChains)
    }

    func testChainAtTheDepthLimit_isFlaggedAsCut() throws {
        let profile = try XCTUnwrap(CallgrindProfileParser.parse(Self.dump, chainDepth: 2) { $0 })

        XCTAssertTrue(profile.hasTruncatedChains)
    }

    func testDumpWithoutLabel_isIgnored() {
        XCTAssertNil(CallgrindProfileParser.parse("events: Ir\ntotals: 5\nfn=a\n0 5\n", chainDepth: 10) { $0 })
    }
}

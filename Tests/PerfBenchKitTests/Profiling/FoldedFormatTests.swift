import PerfBenchKit
import XCTest

final class FoldedFormatTests: XCTestCase {
    static func sampleProfile() -> StackProfile {
        var profile = StackProfile()
        profile.add(["[harness]", "LegacyBaseline.LoadBalancer.select(_:)", "Swift.Array.sort(by:)"], count: 412)
        profile.add(["[harness]", "LegacyBaseline.LoadBalancer.select(_:)"], count: 7)
        profile.add(
            ["[harness]", "closure #1 (A, B) -> Swift.Bool in f() -> [(key: Swift.UInt64, node: X)]"], count: 3)
        profile.add(["[harness]"], count: 20)
        profile.add(["main", "generic specialization <Foo<Bar>> of g(x: 1 2)"], count: 1)
        return profile
    }

    func testRenderThenParse_givesTheSameProfile() throws {
        let profile = Self.sampleProfile()

        let parsed = try FoldedFormat.parse(FoldedFormat.render(profile), source: "test.folded")

        XCTAssertEqual(parsed, profile)
        XCTAssertEqual(parsed.total, 443)
    }

    func testRender_sortsStacksAndEndsEachWithItsCount() {
        var profile = StackProfile()
        profile.add(["b", "c"], count: 2)
        profile.add(["a"], count: 5)

        XCTAssertEqual(FoldedFormat.render(profile), "a 5\nb;c 2\n")
    }

    func testParse_addsRepeatedStacksAndSkipsBlankLines() throws {
        let profile = try FoldedFormat.parse("a;b 3\n\na;b 4\r\nc 1\n", source: "x")

        XCTAssertEqual(profile.stacks, [["a", "b"]: 7, ["c"]: 1])
    }

    func testParse_countIsTheTextAfterTheLastSpace() throws {
        let profile = try FoldedFormat.parse("closure #1 in f() 12;g 5 9\n", source: "x")

        XCTAssertEqual(profile.stacks, [["closure #1 in f() 12", "g 5"]: 9])
    }

    func testParse_lineWithoutCount_namesFileAndLine() {
        XCTAssertThrowsError(try FoldedFormat.parse("a;b 1\na;b\n", source: "before.folded")) { error in
            XCTAssertEqual(
                (error as? ProfileError)?.description, "before.folded:2: not a folded stack: no count after the stack")
        }
    }

    func testParse_negativeCount_isMalformed() {
        XCTAssertThrowsError(try FoldedFormat.parse("a -3\n", source: "x")) { error in
            XCTAssertEqual(
                (error as? ProfileError)?.description, "x:1: not a folded stack: '-3' is not a non-negative whole count"
            )
        }
    }

    func testParse_emptyFrame_isMalformed() {
        XCTAssertThrowsError(try FoldedFormat.parse("a;;b 1\n", source: "x")) { error in
            XCTAssertEqual((error as? ProfileError)?.description, "x:1: not a folded stack: empty frame name")
        }
    }

    func testAdd_replacesSeparatorsInNamesSoTheFileStillRoundTrips() throws {
        var profile = StackProfile()
        profile.add(["a;b", "c\nd"], count: 1)

        XCTAssertEqual(profile.stacks, [["a,b", "c d"]: 1])
        XCTAssertEqual(try FoldedFormat.parse(FoldedFormat.render(profile), source: "x"), profile)
    }

    func testFunctionCosts_selfIsTheLeafAndInclusiveCountsAStackOnce() {
        var profile = StackProfile()
        profile.add(["f", "g", "f"], count: 2)
        profile.add(["f", "h"], count: 3)

        let costs = Dictionary(uniqueKeysWithValues: profile.functionCosts().map { ($0.name, $0) })

        XCTAssertEqual(costs["f"], FunctionCost(name: "f", selfCost: 2, inclusiveCost: 5))
        XCTAssertEqual(costs["h"], FunctionCost(name: "h", selfCost: 3, inclusiveCost: 3))
        XCTAssertEqual(costs["g"], FunctionCost(name: "g", selfCost: 0, inclusiveCost: 2))
        XCTAssertEqual(profile.functionCosts().first?.name, "h")
    }
}

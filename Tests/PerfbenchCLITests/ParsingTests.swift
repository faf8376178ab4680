import XCTest

@testable import perfbench

final class ParsingTests: XCTestCase {
    func testCountersSubcommandParses() throws {
        let command = try PerfbenchCommand.parseAsRoot(["counters"])

        XCTAssertTrue(command is CountersCommand)
    }
}

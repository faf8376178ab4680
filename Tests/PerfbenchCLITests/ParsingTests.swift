import PerfbenchCLI
import XCTest

final class ParsingTests: XCTestCase {
    func testCountersSubcommandParses() throws {
        let command = try PerfbenchCommand.parseAsRoot(["counters"])

        XCTAssertTrue(command is CountersCommand)
    }
}

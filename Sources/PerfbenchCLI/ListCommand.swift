import ArgumentParser
import Foundation
import PerfBenchKit

package struct ListCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the benchmark cases: items, parameters, floors, and whether each has a limit kernel."
    )

    package init() {}

    @Flag(name: .long, help: "Print the catalog as JSON.")
    package var json = false

    package func run() throws {
        let catalog = ToolConfiguration.current.catalog
        if json {
            let data = try StableJSON.encoder().encode(catalog.cases.map(CaseListing.init))
            print(String(decoding: data, as: UTF8.self))
        } else {
            print(CaseListing.table(catalog.cases))
        }
    }
}

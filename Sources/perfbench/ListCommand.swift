import ArgumentParser
import Foundation
import PerfBenchKit

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the benchmark cases: audit items, parameters, floors, and whether each has a limit kernel."
    )

    @Flag(name: .long, help: "Print the catalog as JSON.")
    var json = false

    func run() throws {
        let catalog = CaseCatalog.standard
        if json {
            let data = try StableJSON.encoder().encode(catalog.cases.map(CaseListing.init))
            print(String(decoding: data, as: UTF8.self))
        } else {
            print(CaseListing.table(catalog.cases))
        }
    }
}

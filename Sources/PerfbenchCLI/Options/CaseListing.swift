import PerfBenchKit

/// One case as `perfbench list` shows it.
struct CaseListing: Encodable {
    struct Parameter: Encodable {
        var name: String
        var defaultValue: Int
        var min: Int
        var max: Int
        var summary: String

        enum CodingKeys: String, CodingKey {
            case name
            case defaultValue = "default"
            case min, max, summary
        }
    }

    var id: String
    var items: [Int]
    var summary: String
    var upstream: String?
    var params: [Parameter]
    var floor: CaseFloor

    init(_ benchCase: BenchCase) {
        id = benchCase.id.description
        items = benchCase.auditItems
        summary = benchCase.summary
        upstream = benchCase.upstreamName
        params = benchCase.parameters.map {
            Parameter(
                name: $0.name, defaultValue: $0.defaultValue, min: $0.range.lowerBound,
                max: $0.range.upperBound, summary: $0.summary)
        }
        floor = benchCase.floor
    }

    /// `items  case  params  floor` as aligned text, then the count of cases and items covered.
    static func table(_ cases: [BenchCase]) -> String {
        let rows = cases.map { benchCase in
            let listing = CaseListing(benchCase)
            return [
                listing.items.isEmpty ? "-" : listing.items.map(String.init).joined(separator: ","),
                listing.id + (listing.upstream.map { "  (\($0))" } ?? ""),
                listing.params.map { "\($0.name)=\($0.defaultValue)" }.joined(separator: " "),
                "\(listing.floor.minSpeedup)x, \(listing.floor.maxFixedAllocsPerEvent)",
            ]
        }
        let headers = ["items", "case", "params", "floor (min speedup, max fixed allocs/ev)"]
        let covered = Set(cases.flatMap(\.auditItems)).sorted()
        return TextTable(headers: headers, rows: rows).render() + "\n\(cases.count) cases covering items "
            + covered.map(String.init).joined(separator: ",")
    }
}

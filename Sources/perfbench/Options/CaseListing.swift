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
    var isolates: [Int]
    var summary: String
    var upstream: String?
    var params: [Parameter]
    var floor: CaseFloor
    var tolerance: CaseTolerance?
    /// Whether the case measures a limit kernel (the least work the operation must do) beside the runtimes.
    var limit: Bool

    init(_ benchCase: BenchCase) {
        id = benchCase.id.description
        items = benchCase.auditItems
        isolates = benchCase.isolatedItems
        summary = benchCase.summary
        upstream = benchCase.upstreamName
        params = benchCase.parameters.map {
            Parameter(
                name: $0.name, defaultValue: $0.defaultValue, min: $0.range.lowerBound,
                max: $0.range.upperBound, summary: $0.summary)
        }
        floor = benchCase.floor
        tolerance = benchCase.tolerance
        limit = benchCase.hasLimit
    }

    /// `items  case  params  floor  limit` as aligned text, the count of cases (and how many have a
    /// limit kernel) and items covered, then the tolerances cases declare with their reasons.
    static func table(_ cases: [BenchCase]) -> String {
        var rows: [[String]] = []
        var tolerances: [String] = []
        for benchCase in cases {
            let listing = CaseListing(benchCase)
            // Isolated items plain, merely touched ones in parentheses: only the former are credited.
            let items = listing.items.map { listing.isolates.contains($0) ? "\($0)" : "(\($0))" }
            rows.append([
                items.isEmpty ? "-" : items.joined(separator: ","),
                listing.id + (listing.upstream.map { "  (\($0))" } ?? ""),
                listing.params.map { "\($0.name)=\($0.defaultValue)" }.joined(separator: " "),
                "\(listing.floor.minSpeedup)x, \(listing.floor.maxFixedAllocsPerEvent)",
                listing.limit ? "yes" : "-",
            ])
            if let tolerance = listing.tolerance {
                tolerances.append("  \(listing.id): \(tolerance.summary)")
            }
        }
        let headers = [
            "items ((n): touched, not isolated)", "case", "params", "floor (min speedup, max fixed allocs/ev)", "limit",
        ]
        let covered = Set(cases.flatMap(\.auditItems)).sorted()
        let limited = cases.filter(\.hasLimit).count
        let declared =
            tolerances.isEmpty
            ? "" : "\n\nTolerances cases declare (every other case uses Gate.md's defaults):\n"
                + tolerances.joined(separator: "\n")
        return TextTable(headers: headers, rows: rows).render()
            + "\n\(cases.count) cases (\(limited) with a limit kernel) covering items "
            + covered.map(String.init).joined(separator: ",") + declared
    }
}

import Foundation
import PerfBenchKit

/// Hand-built histories: one run per commit of `lb.select.roundRobin.n100`, with the fixed side's
/// time, instructions and the speedup given per commit.
enum SyntheticHistory {
    static let caseID = "lb.select.roundRobin.n100"

    /// The 40-digit commit of run `index`: `c0000a0…`, `c0000a1…`, so labels read `c0000a0`, `c0000a1`.
    static func commit(_ index: Int) -> String {
        String(format: "c0000%02x", 0xa0 + index) + String(repeating: "0", count: 33)
    }

    /// The label of run `index`.
    static func label(_ index: Int) -> String { String(commit(index).prefix(7)) }

    /// Run `index`'s document: created `index` hours after midnight, measured at `commit(index)`.
    static func document(
        index: Int, time: Double, instructions: Double, speedup: Double, quick: Bool = true,
        tolerance: CaseTolerance? = nil
    ) -> ResultsDocument {
        var host = SyntheticResults.host
        host.gitCommit = commit(index)
        var result = SyntheticResults.caseResult(
            caseID, items: [148], params: ["endpoints": 100],
            legacy: SyntheticResults.side(ns: time * speedup, allocs: 2, bytes: 960, instructions: 7000),
            fixed: SyntheticResults.side(ns: time, allocs: 0, bytes: 0, instructions: instructions),
            speedup: SyntheticResults.speedup(speedup), minSpeedup: 3)
        result.tolerance = tolerance
        var document = SyntheticResults.document(cases: [result], quick: quick, host: host)
        document.createdAt = String(format: "2026-12-02T%02d:00:00Z", index)
        return document
    }

    /// One entry per commit, oldest first; the three arrays have one value per commit.
    static func entries(
        times: [Double], instructions: [Double], speedups: [Double], tolerance: CaseTolerance? = nil
    ) -> [HistoryEntry] {
        precondition(times.count == instructions.count && times.count == speedups.count)
        return times.indices.map { index in
            let document = self.document(
                index: index, time: times[index], instructions: instructions[index], speedup: speedups[index],
                tolerance: tolerance)
            return HistoryEntry(
                label: label(index), createdAt: document.createdAt, path: "\(label(index)).json", document: document)
        }
    }
}

import PerfBenchKit

/// Sorting an array of bytes: the standard library's comparison sort (before) against a counting
/// sort (after), which knows that a byte has 256 values.
///
/// Each side sorts a copy of the event's array in scratch storage it made when it was built, so
/// the measured work is the copy, the sort and the fingerprint. The standard library's sort is a
/// stable merge sort that allocates its merge buffers; the counting sort allocates nothing.
enum SortCase {
    static let standardVsCounting = BenchCase.paired(
        id: CaseID("sort", "bytes", "standardVsCounting", "n256"), items: [1],
        summary: "sort a copy of one array of bytes ascending",
        parameters: [
            CaseParameter("elements", 256, range: 1...65_536, "bytes per array"),
            CaseParameter("arrays", 64, range: 1...4_096, "arrays in the event stream"),
        ],
        floor: .hotPath(minSpeedup: 3),
        // The before side is the toolchain's code, not this package's: a Swift update may move the
        // standard library sort's instruction count without anything here changing. The gate
        // calls a moved before side "moved" (exit 3); this allows it 1 % either way.
        tolerance: CaseTolerance(
            growth: [Metric.instructions.id: GrowthLimit(absolute: 0.5, relative: 0.01)],
            reason: "the before side is the standard library's sort: a toolchain update may move it by 1 %"),
        events: { parameters in
            var generator = SeededGenerator(seed: 0x5027)
            return (0..<parameters["arrays"]).map { _ in
                (0..<parameters["elements"]).map { _ in UInt8.random(in: 0...UInt8.max, using: &generator) }
            }
        },
        before: { parameters in
            var scratch = [UInt8](repeating: 0, count: parameters["elements"])
            return { bytes in
                scratch.withUnsafeMutableBufferPointer { copy in _ = copy.update(fromContentsOf: bytes) }
                scratch.sort()
                return fingerprint(scratch)
            }
        },
        after: { parameters in
            var scratch = [UInt8](repeating: 0, count: parameters["elements"])
            var counts = [Int](repeating: 0, count: 256)
            return { bytes in
                counts.withUnsafeMutableBufferPointer { counts in
                    counts.update(repeating: 0)
                    for byte in bytes { counts[Int(byte)] += 1 }
                    scratch.withUnsafeMutableBufferPointer { sorted in
                        var next = 0
                        for value in 0..<256 {
                            for _ in 0..<counts[value] {
                                sorted[next] = UInt8(value)
                                next += 1
                            }
                        }
                    }
                }
                return fingerprint(scratch)
            }
        })

    /// Σ (position + 1) × value: one pass, and two different orders of random bytes differ.
    static func fingerprint(_ sorted: [UInt8]) -> UInt64 {
        var sum: UInt64 = 0
        for (position, value) in sorted.enumerated() {
            sum &+= UInt64(position + 1) &* UInt64(value)
        }
        return sum
    }
}

/// Formats one progress line per case with an estimate of the time left.
///
/// The library never prints: the caller passes each line to its own sink (the CLI writes to
/// stderr so stdout stays the table). The estimate is the mean time per finished case times
/// the cases left.
package struct ProgressReporter: Sendable {
    /// Total number of cases in the run.
    package let total: Int
    private var finished = 0
    private var elapsedNanoseconds: UInt64 = 0

    package init(total: Int) {
        self.total = total
    }

    /// Records a finished case and returns its progress line.
    ///
    /// - Parameters:
    ///   - caseID: the case that finished.
    ///   - nanoseconds: how long it took (build, digest, allocation pass and timing).
    ///   - outcome: a short summary such as "12.3x" or "error: digest mismatch".
    package mutating func finished(_ caseID: String, nanoseconds: UInt64, outcome: String) -> String {
        finished += 1
        elapsedNanoseconds &+= nanoseconds
        let remaining = UInt64(total - finished) * (elapsedNanoseconds / UInt64(finished))
        let width = String(total).count
        let index = String(finished).leftPadded(to: width)
        return "[\(index)/\(total)] \(caseID)  \(Self.format(nanoseconds))  \(outcome)  ETA \(Self.format(remaining))"
    }

    /// `850ms`, `12.4s` or `3m05s`.
    static func format(_ nanoseconds: UInt64) -> String {
        let milliseconds = nanoseconds / 1_000_000
        if milliseconds < 1_000 { return "\(milliseconds)ms" }
        let seconds = Double(nanoseconds) / 1e9
        if seconds < 60 { return String(Int(seconds * 10)).dottedTenths + "s" }
        let whole = Int(seconds)
        return "\(whole / 60)m" + String(whole % 60).leftPadded(to: 2, with: "0") + "s"
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = " ") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }

    /// "124" → "12.4".
    fileprivate var dottedTenths: String {
        let digits = leftPadded(to: 2, with: "0")
        return digits.dropLast() + "." + digits.suffix(1)
    }
}

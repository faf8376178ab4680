/// How many events a timed batch holds: enough that the batch takes about a target time.
///
/// Grows the batch fourfold from one event until a batch takes at least an eighth of the target,
/// then scales it to the target. The growing runs double as warm-up (caches, branch predictors, lazy
/// metadata).
///
/// The size is decided on the least of three samples, never on one: a single sample can carry a
/// preemption or a first call's lazy set-up. On this project one disturbed first sample of a 98 ns
/// select (`lb_scaling.select.roundRobin.n100`) took over a millisecond, sized every batch of that
/// side at one event, and the quick gate of unchanged code read its fixed time as 1 618 ns: a false
/// regression. A disturbance is rare, so the least of three is almost always an undisturbed batch.
package enum BatchCalibration {
    /// Samples of one batch size whose least decides it.
    package static let confirmingSamples = 3

    /// The batch size and the nanoseconds one such batch is expected to take.
    ///
    /// - Parameters:
    ///   - targetNanoseconds: the time a batch aims at.
    ///   - maxEvents: the case's cap (e.g. a stream that must not wrap into a saturated state).
    ///   - measure: runs a batch of that many events and returns its nanoseconds.
    package static func calibrate<Failure: Error>(
        targetNanoseconds: UInt64, maxEvents: Int, measure: (Int) throws(Failure) -> UInt64
    ) throws(Failure) -> (events: Int, expectedNanoseconds: Double) {
        let threshold = targetNanoseconds / 8
        var events = 1
        while true {
            var elapsed = Swift.max(try measure(events), 1)
            let decides = { (nanoseconds: UInt64) in nanoseconds >= threshold || events >= maxEvents }
            if decides(elapsed) {
                for _ in 1..<confirmingSamples {
                    elapsed = Swift.min(elapsed, Swift.max(try measure(events), 1))
                }
            }
            if decides(elapsed) {
                let perEvent = Double(elapsed) / Double(events)
                let scaled = Swift.min(Swift.max(Int(Double(targetNanoseconds) / perEvent), 1), maxEvents)
                return (scaled, perEvent * Double(scaled))
            }
            events = Swift.min(events * 4, maxEvents)
        }
    }
}

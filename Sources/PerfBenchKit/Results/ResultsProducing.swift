/// Something that runs the benchmark cases and returns their results: the seam `perfbench check`
/// uses when it is not given `--current`.
///
/// The runner implements it; the gate and the CLI only depend on this protocol, so they can be built
/// and tested before (and without) the cases.
public protocol ResultsProducing: Sendable {
    /// Runs every case and returns the document a `perfbench run` would write.
    ///
    /// - Parameter quick: fewer rounds and smaller sweeps, as `perfbench run --quick`.
    /// - Throws: whatever the runner throws (a missing capability, a broken invariant).
    func produce(quick: Bool) throws -> ResultsDocument
}

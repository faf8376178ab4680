/// The engines `perfbench run --engine` accepts.
public enum EngineKind: String, Sendable, CaseIterable, Codable {
    /// Pick the richest engine that works on this host and record why.
    case auto
    /// Monotonic and thread-CPU time only; always available.
    case wall
    /// Wall time plus perf_event counter groups read per batch.
    case perf
    /// Wall time plus exact instructions per event from a re-run under valgrind's callgrind.
    case callgrind
}

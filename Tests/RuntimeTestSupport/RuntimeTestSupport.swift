import ComputeRuntime
import LegacyBaseline
import PerfBenchKit

/// Shared test support: operation scripts, runners and spec vectors for both runtimes.
public enum RuntimeTestSupport {}

import ArgumentParser
import PerfBenchKit

extension EngineKind: ExpressibleByArgument {}

import ArgumentParser
import PerfBenchKit

extension Candidate: ExpressibleByArgument {}
extension SummaryFormat: ExpressibleByArgument {}
extension ResultsReport.Format: ExpressibleByArgument {}
extension ExportFormat: ExpressibleByArgument {}
extension GateFormat: ExpressibleByArgument {}

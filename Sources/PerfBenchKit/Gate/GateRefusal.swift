/// Why the gate will not compare two documents at all: their exact figures count different
/// workloads, so a difference would say nothing about the code.
public struct GateRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    /// One line naming the case, the metric and both workloads.
    public var description: String

    package init(_ description: String) {
        self.description = description
    }
}

/// Which implementation a figure belongs to.
public enum Side: String, Sendable, Codable, CaseIterable, CustomStringConvertible {
    /// The runtime before the audit.
    case legacy
    /// The runtime with every audit item fixed.
    case fixed
    /// The least work the operation must do on the case's data, written outside both runtimes:
    /// how far the fix is from the floor.
    case limit

    public var description: String { rawValue }
}

/// Which runtime a case instance is built on.
@usableFromInline package enum Implementation: String, Sendable, CaseIterable, Codable {
    /// `LegacyBaseline`: the pre-audit costs.
    case legacy
    /// `ComputeRuntime`: every audit item applied.
    case fixed
}

/// The run's tolerances: a base for every case plus settings applied in order, later ones winning.
public struct ToleranceSet: Sendable, Equatable {
    public var base: Tolerance
    public var settings: [ToleranceSetting]

    public init(base: Tolerance = .defaults, settings: [ToleranceSetting] = []) {
        self.base = base
        self.settings = settings
    }

    /// The tolerance that applies to `caseID`.
    public func tolerance(for caseID: String) -> Tolerance {
        settings.filter { $0.applies(to: caseID) }.reduce(base) { $1.applied(to: $0) }
    }
}

/// The run's tolerances: a base for every case plus settings applied in order, later ones winning.
public struct ToleranceSet: Sendable, Equatable {
    /// Applies to every case before any setting.
    public var base: Tolerance
    /// `--tolerance` settings in command-line order; later ones win.
    public var settings: [ToleranceSetting]

    /// The defaults, changed by `settings`.
    public init(base: Tolerance = .defaults, settings: [ToleranceSetting] = []) {
        self.base = base
        self.settings = settings
    }

    /// The tolerance that applies to `caseID`.
    public func tolerance(for caseID: String) -> Tolerance {
        settings.filter { $0.applies(to: caseID) }.reduce(base) { $1.applied(to: $0) }
    }
}

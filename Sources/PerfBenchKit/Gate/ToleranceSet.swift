/// The tolerances of a gate run: the defaults, each case's own declaration, then `--tolerance`
/// settings in order (later ones win).
public struct ToleranceSet: Sendable, Equatable {
    /// Applies to every case before its declaration and any setting.
    public var base: Tolerance
    /// `--tolerance` settings in command-line order; later ones win.
    package var settings: [ToleranceSetting]

    /// `base` (the documented defaults when omitted) with each case's declaration applied.
    public init(base: Tolerance = .defaults) {
        self.init(base: base, settings: [])
    }

    /// `base` changed by `--tolerance` settings (later ones win).
    package init(base: Tolerance = .defaults, settings: [ToleranceSetting]) {
        self.base = base
        self.settings = settings
    }

    /// The tolerance that applies to `caseResult`: base, its declaration, then matching settings.
    public func tolerance(for caseResult: CaseResult) -> Tolerance {
        let declared = caseResult.tolerance.map(base.applying) ?? base
        return settings.filter { $0.applies(to: caseResult.id) }.reduce(declared) { $1.applied(to: $0) }
    }
}

/// Which implementation's numbers the gate judges as "the fixed runtime".
///
/// `legacy` is the gate's self-test: the legacy numbers posing as the fix must fail every case whose
/// fix matters (speedup floor above 1, or legacy allocating more than the fixed ceiling).
public enum Candidate: String, Sendable, CaseIterable {
    case fixed
    case legacy
}

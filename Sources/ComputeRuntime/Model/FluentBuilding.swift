/// A value type whose fluent builders (`withZone(_:)`, `requireTag(_:)`, ...) each return a copy with
/// one change.
///
/// Every such builder was the same three lines (copy, change, return); `modified(_:)` states them once
/// so a builder's body is only its change. The closure does not escape and the helper is inlined, so a
/// builder costs what the three lines did.
protocol FluentBuilding {}

extension FluentBuilding {
    /// A copy of `self` with `change` applied; `self` is left as it was.
    @inline(__always)
    func modified(_ change: (inout Self) -> Void) -> Self {
        var copy = self
        change(&copy)
        return copy
    }
}

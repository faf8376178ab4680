/// The command that profiles a case: what `perfbench check` prints next to a flagged case.
package enum ProfileCommandHint {
    /// `perfbench profile CASE --output profiles/CASE`: both sides, the differential table and flame graphs.
    package static func command(caseID: String) -> String {
        "perfbench profile \(caseID) --output profiles/\(caseID)"
    }

    /// The command that profiles the case of `verdict`.
    static func command(_ verdict: GateVerdict) -> String {
        command(caseID: verdict.caseID)
    }
}

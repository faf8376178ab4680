/// Every registered case, and how a run selects among them.
public struct CaseCatalog: Sendable {
    /// Audit items the standard catalog must cover.
    package static let auditItems: ClosedRange<Int> = 148...170

    /// Items whose fix changes no cost a case could measure on its own, with why; no case isolates
    /// them (cases that run their code touch them).
    package static let itemsWithoutOwnCost: [Int: String] = [
        165: "the linear minimum is kept on both sides (a heap was judged not worth it); what the fixed scan "
            + "saves is #149's metrics copies",
        166: "kept on purpose: the reason reported after an exclusion search is observable, so both sides run "
            + "the same query",
        168: "the iteration order is a contract (registration order in both runtimes), not a cost",
        169: "subsumed by #150: legacy's per-probe candidate search runs only after its per-select ring sort, "
            + "which dwarfs it",
        170: "a CausalEvent copy is a few words and a reference-count bump on the payload (spec #170: nothing "
            + "to fix beyond auditing call sites)",
    ]

    public let cases: [BenchCase]

    /// A catalog of `cases`, in the order runs, tables and reports show them.
    ///
    /// - Precondition: no two cases share an id.
    public init(cases: [BenchCase]) {
        let ids = cases.map(\.id)
        precondition(Set(ids).count == ids.count, "a catalog's case ids must be unique")
        self.cases = cases
    }

    /// The cases `perfbench` ships: harness overhead first, then one family per runtime component.
    package static let standard = CaseCatalog(
        cases: harnessCases + loadBalancerCases + filteredPathCases + stepCases + updateCases + upstreamShapeCases
            + schedulerCases + groupCases + chainCases)

    /// Every item some case exercises: what `--items` may name.
    package var items: Set<Int> {
        Set(cases.flatMap(\.auditItems))
    }

    /// The cases matching the filters, in catalog order, with their parameters resolved and their
    /// ids showing the size they run at; cases that become the same (`--set endpoints=5000` turns
    /// `n10`, `n100` and `n1000` into one `n5000`) collapse into the first.
    ///
    /// - Parameters:
    ///   - items: keep cases exercising any of these items (nil: all).
    ///   - pattern: keep cases whose id, as catalogued or as resolved, matches one of its
    ///     comma-separated patterns (`CaseID.matches`; nil: all).
    ///   - caseIDs: keep exactly these ids, as catalogued or as resolved (nil: all).
    ///   - overrides: `--set` values; each must name a parameter of at least one selected case.
    /// - Throws: `CaseSelectionError` for unknown items or parameters, out-of-range values or an empty selection.
    package func select(
        items: [Int]?, pattern: String?, caseIDs: Set<String>? = nil, overrides: [ParameterOverride]
    ) throws(CaseSelectionError) -> [(BenchCase, ResolvedParameters)] {
        let known = self.items
        if let unknown = items?.first(where: { !known.contains($0) }) {
            throw .unknownItem(unknown, known: known.sorted())
        }
        var chosen: [(catalogued: BenchCase, resolved: BenchCase, parameters: ResolvedParameters)] = []
        for candidate in cases {
            let parameters = try candidate.resolve(overrides)
            let resolved = candidate.resolved(for: parameters)
            let ids = [candidate.id, resolved.id]
            let matches =
                (items.map { wanted in candidate.auditItems.contains(where: wanted.contains) } ?? true)
                && (pattern.map { patterns in
                    patterns.split(separator: ",").contains { part in ids.contains { $0.matches(String(part)) } }
                } ?? true)
                && (caseIDs.map { wanted in ids.contains { wanted.contains($0.description) } } ?? true)
            if matches { chosen.append((candidate, resolved, parameters)) }
        }
        guard !chosen.isEmpty else {
            let parts = [
                items.map { "--items " + $0.map(String.init).joined(separator: ",") },
                pattern.map { "--cases \($0)" },
                caseIDs.map { "ids " + $0.sorted().joined(separator: ",") },
            ].compactMap { $0 }
            throw .noCasesSelected(parts.isEmpty ? "the catalog" : parts.joined(separator: " "))
        }
        let parameterNames = Set(chosen.flatMap { $0.catalogued.parameters.map(\.name) })
        if let stray = overrides.first(where: { !parameterNames.contains($0.name) }) {
            throw .unknownParameter(stray.name, known: parameterNames.sorted())
        }
        var seen: Set<String> = []
        return chosen.compactMap { choice in
            seen.insert(choice.resolved.id.description).inserted ? (choice.resolved, choice.parameters) : nil
        }
    }
}

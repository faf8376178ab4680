/// Every registered case, and how a run selects among them.
public struct CaseCatalog: Sendable {
    /// Audit items the standard catalog must cover.
    package static let auditItems: ClosedRange<Int> = 148...170

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
        cases: harnessCases + loadBalancerCases + upstreamShapeCases + schedulerCases + groupCases + chainCases)

    /// Every item some case exercises: what `--items` may name.
    package var items: Set<Int> {
        Set(cases.flatMap(\.auditItems))
    }

    /// The cases matching both filters, in catalog order, with their parameters resolved.
    ///
    /// - Parameters:
    ///   - items: keep cases exercising any of these items (nil: all).
    ///   - pattern: keep cases whose id matches one of its comma-separated patterns (`CaseID.matches`; nil: all).
    ///   - caseIDs: keep exactly these ids (nil: all).
    ///   - overrides: `--set` values; each must name a parameter of at least one selected case.
    /// - Throws: `CaseSelectionError` for unknown items or parameters, out-of-range values or an empty selection.
    package func select(
        items: [Int]?, pattern: String?, caseIDs: Set<String>? = nil, overrides: [ParameterOverride]
    ) throws(CaseSelectionError) -> [(BenchCase, ResolvedParameters)] {
        let known = self.items
        if let unknown = items?.first(where: { !known.contains($0) }) {
            throw .unknownItem(unknown, known: known.sorted())
        }
        let chosen = cases.filter { candidate in
            (items.map { wanted in candidate.auditItems.contains(where: wanted.contains) } ?? true)
                && (pattern.map { $0.split(separator: ",").contains { candidate.id.matches(String($0)) } } ?? true)
                && (caseIDs.map { $0.contains(candidate.id.description) } ?? true)
        }
        guard !chosen.isEmpty else {
            let parts = [
                items.map { "--items " + $0.map(String.init).joined(separator: ",") },
                pattern.map { "--cases \($0)" },
                caseIDs.map { "ids " + $0.sorted().joined(separator: ",") },
            ].compactMap { $0 }
            throw .noCasesSelected(parts.isEmpty ? "the catalog" : parts.joined(separator: " "))
        }
        let parameterNames = Set(chosen.flatMap { $0.parameters.map(\.name) })
        if let stray = overrides.first(where: { !parameterNames.contains($0.name) }) {
            throw .unknownParameter(stray.name, known: parameterNames.sorted())
        }
        var resolved: [(BenchCase, ResolvedParameters)] = []
        for candidate in chosen {
            resolved.append((candidate, try candidate.resolve(overrides)))
        }
        return resolved
    }
}

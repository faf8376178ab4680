import Foundation

/// Renders a `GateReport` as data for machines: `perfbench check --format json`.
///
/// Keys are snake_case and always present (an absent `change` is `null`, empty lists are `[]`),
/// sorted, so a consumer can rely on the shape and diffs stay small. Status and rule values are the
/// ones the text summary prints (`regressed`, `moved`, `n/a`, `drift.instructions`); the outcome is
/// an identifier (`pass`, `regression`, `baseline_moved`, `inconclusive`). The `schema` key names
/// this layout; a breaking change bumps it.
package enum GateJSON {
    /// The layout's identifier.
    package static let schema = "perfbench.gate/1"

    struct Document: Encodable {
        var schema: String
        var candidate: String
        var outcome: String
        var counts: [String: Int]
        var regressedItems: [Int]
        var environmentIssues: [String]
        var notes: [String]
        var verdicts: [Verdict]

        enum CodingKeys: String, CodingKey {
            case schema, candidate, outcome, counts
            case regressedItems = "regressed_items"
            case environmentIssues = "environment_issues"
            case notes, verdicts
        }
    }

    struct Verdict: Encodable {
        var caseID: String
        var items: [Int]
        var status: String
        var checks: [Check]
        var notes: [String]

        enum CodingKeys: String, CodingKey {
            case caseID = "case_id"
            case items, status, checks, notes
        }
    }

    struct Check: Encodable {
        var rule: String
        var status: String
        var detail: String
        var change: Double?
        /// Inconclusive only because the run was too noisy: measuring again could decide it.
        var tooNoisy: Bool

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(rule, forKey: .rule)
            try container.encode(status, forKey: .status)
            try container.encode(detail, forKey: .detail)
            // Explicit null keeps the key set fixed for consumers.
            try container.encode(change, forKey: .change)
            try container.encode(tooNoisy, forKey: .tooNoisy)
        }

        enum CodingKeys: String, CodingKey {
            case rule, status, detail, change
            case tooNoisy = "too_noisy"
        }
    }

    /// The report as pretty-printed JSON with sorted keys, newline-terminated.
    package static func render(_ report: GateReport) -> String {
        let counts = Dictionary(
            uniqueKeysWithValues: VerdictStatus.allCases.filter { $0 != .notApplicable }.map {
                ($0.rawValue, report.count($0))
            })
        let document = Document(
            schema: schema, candidate: report.candidate.rawValue,
            outcome: report.outcome.rawValue.replacingOccurrences(of: " ", with: "_"), counts: counts,
            regressedItems: report.regressedItems, environmentIssues: report.environmentIssues, notes: report.notes,
            verdicts: report.verdicts.map { verdict in
                Verdict(
                    caseID: verdict.caseID, items: verdict.items, status: verdict.status.rawValue,
                    checks: verdict.checks.map {
                        Check(
                            rule: $0.rule.description, status: $0.status.rawValue, detail: $0.detail,
                            change: $0.change, tooNoisy: $0.tooNoisy)
                    },
                    notes: verdict.notes)
            })
        do {
            return String(decoding: try StableJSON.encoder().encode(document), as: UTF8.self) + "\n"
        } catch {
            // The only values JSONEncoder refuses are non-finite numbers; a check's change is a ratio
            // of finite figures, so reaching this is a broken invariant of the gate.
            preconditionFailure("gate JSON encoding failed: \(error)")
        }
    }
}

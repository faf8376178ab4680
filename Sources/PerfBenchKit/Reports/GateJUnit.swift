/// Renders a `GateReport` as JUnit XML, the test-report format CI systems display natively:
/// `perfbench check --format junit`.
///
/// One `<testcase>` per case, named by its id, its `classname` the component (`perfbench.lb` for
/// `lb.select.roundRobin.n100`), so CI groups cases as it groups test classes. A regressed case has
/// a `<failure>` whose message is each deciding rule with its figures and whose type is the first
/// such rule. A case whose legacy side moved has an `<error>` of the same form: the comparison's
/// reference is not the accepted one, so the test could not run as meant, which is what JUnit's
/// errors say. An inconclusive or skipped case is `<skipped>` with the reason; pass and improved
/// are plain test cases. Each case's properties give its audit items, status and every check. Gate-wide
/// facts are suite properties; environment issues (which make the whole run inconclusive) add a
/// skipped `environment` test case so the report's counts agree with the exit status.
///
/// The layout follows the common JUnit XML format (Ant's `testsuites/testsuite/testcase`, as read by
/// Jenkins, GitLab, GitHub test reporters and junitparser); there is no timing, so no `time`.
package enum GateJUnit {
    /// The report as a JUnit XML document, newline-terminated.
    package static func render(_ report: GateReport) -> String {
        var cases = report.verdicts.map(testCase)
        if !report.environmentIssues.isEmpty {
            let reason = report.environmentIssues.joined(separator: "; ")
            cases.append(
                ["    <testcase name=\"environment\" classname=\"perfbench.gate\">",
                 "      <skipped message=\"\(attribute(reason))\"/>", "    </testcase>"])
        }
        let failures = report.count(.regressed)
        let errors = report.count(.moved)
        let skipped = report.count(.inconclusive) + report.count(.skipped) + (report.environmentIssues.isEmpty ? 0 : 1)
        let counts =
            "tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"\(errors)\" skipped=\"\(skipped)\""
        let properties =
            [("candidate", report.candidate.rawValue), ("outcome", report.outcome.rawValue)]
            + report.environmentIssues.map { ("environment", $0) } + report.notes.map { ("note", $0) }
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<testsuites name=\"perfbench check\" \(counts)>",
            "  <testsuite name=\"perfbench.gate\" \(counts)>",
            "    <properties>",
        ]
        lines += properties.map { "      " + property($0.0, $0.1) }
        lines.append("    </properties>")
        lines += cases.flatMap { $0 }
        lines += ["  </testsuite>", "</testsuites>"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// `lb` for `lb.select.roundRobin.n100`: the case id's first component.
    static func component(_ caseID: String) -> String {
        String(caseID.prefix { $0 != "." })
    }

    private static func testCase(_ verdict: GateVerdict) -> [String] {
        var lines = [
            "    <testcase name=\"\(attribute(verdict.caseID))\" "
                + "classname=\"perfbench.\(attribute(component(verdict.caseID)))\">",
            "      <properties>",
            "        " + property("audit_items", verdict.items.map { "#\($0)" }.joined(separator: " ")),
            "        " + property("status", verdict.status.rawValue),
        ]
        lines += verdict.checks.map {
            "        " + property($0.rule.description, "\($0.status.rawValue): \($0.detail)")
        }
        lines += verdict.notes.map { "        " + property("note", $0) }
        lines.append("      </properties>")
        let deciding = verdict.decidingChecks
        let reasons = deciding.map { "\($0.rule.description): \($0.detail)" } + verdict.notes.map { "note: \($0)" }
        switch verdict.status {
        case .regressed, .moved:
            let element = verdict.status == .regressed ? "failure" : "error"
            let message = deciding.map { "\($0.rule.description): \($0.detail)" }.joined(separator: "; ")
            let type = deciding.first?.rule.description ?? verdict.status.rawValue
            lines.append(
                "      <\(element) message=\"\(attribute(message))\" type=\"\(attribute(type))\">"
                    + text(reasons.joined(separator: "\n")) + "</\(element)>")
        case .inconclusive, .skipped:
            lines.append("      <skipped message=\"\(attribute(reasons.joined(separator: "; ")))\"/>")
        case .pass, .improved, .notApplicable:
            break
        }
        lines.append("    </testcase>")
        return lines
    }

    private static func property(_ name: String, _ value: String) -> String {
        "<property name=\"\(attribute(name))\" value=\"\(attribute(value))\"/>"
    }

    /// Text content: the three characters XML reserves there, and characters XML 1.0 cannot hold.
    static func text(_ content: String) -> String {
        var result = ""
        for scalar in content.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            default: result.unicodeScalars.append(allowedInXML(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return result
    }

    /// An attribute value in double quotes: text escaping plus quotes, and tab and line breaks as
    /// character references, which attribute-value normalisation would otherwise turn into spaces.
    package static func attribute(_ content: String) -> String {
        var result = ""
        for scalar in text(content).unicodeScalars {
            switch scalar {
            case "\"": result += "&quot;"
            case "\n": result += "&#10;"
            case "\r": result += "&#13;"
            case "\t": result += "&#9;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// XML 1.0's Char production: tab, LF, CR and everything from U+0020 except surrogates (which a
    /// Unicode.Scalar cannot be) and U+FFFE/U+FFFF.
    private static func allowedInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}

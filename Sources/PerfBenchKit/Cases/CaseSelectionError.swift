/// Why a `--cases`/`--items`/`--set` selection cannot run.
public enum CaseSelectionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `--set` text that is not `name=value`.
    case malformedOverride(String, reason: String)
    /// `--set` names a parameter no selected case has.
    case unknownParameter(String, known: [String])
    /// `--set` value outside what a case accepts.
    case valueOutOfRange(parameter: String, value: Int, caseID: String, range: ClosedRange<Int>)
    /// The selection matched no case.
    case noCasesSelected(String)
    /// `--items` names an item no case of the catalog exercises (`known`: those some case does).
    case unknownItem(Int, known: [Int])

    public var description: String {
        switch self {
        case .malformedOverride(let text, let reason):
            "--set '\(text)': \(reason)"
        case .unknownParameter(let name, let known):
            "--set \(name): no selected case has that parameter (known: \(known.joined(separator: ", ")))"
        case .valueOutOfRange(let parameter, let value, let caseID, let range):
            "--set \(parameter)=\(value): \(caseID) accepts \(range.lowerBound)...\(range.upperBound)"
        case .noCasesSelected(let selection):
            "no case matches \(selection)"
        case .unknownItem(let item, let known):
            "--items \(item): no case exercises it (items: \(Self.ranges(known)))"
        }
    }

    /// `148...170` or `1,2,5...9`: sorted items with runs of three or more collapsed; `none` when empty.
    static func ranges(_ items: [Int]) -> String {
        var parts: [String] = []
        var start = 0
        while start < items.count {
            var end = start
            while end + 1 < items.count && items[end + 1] == items[end] + 1 { end += 1 }
            if end - start >= 2 {
                parts.append("\(items[start])...\(items[end])")
            } else {
                parts += items[start...end].map(String.init)
            }
            start = end + 1
        }
        return parts.isEmpty ? "none" : parts.joined(separator: ",")
    }
}

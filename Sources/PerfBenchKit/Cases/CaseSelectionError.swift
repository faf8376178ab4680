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
    /// `--items` names something outside #148–#170.
    case unknownItem(Int)

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
        case .unknownItem(let item):
            "--items \(item): audit items are 148...170"
        }
    }
}

/// A series or a parameter that change-point detection cannot work with.
package enum ChangePointError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A point's value is NaN or infinite: no distance to the others can be computed.
    case nonFiniteValue(label: String, value: Double)
    /// A detector parameter outside its range; `expected` says the range.
    case invalidParameter(name: String, value: Double, expected: String)

    /// One line naming the point or parameter and what is wrong with it.
    package var description: String {
        switch self {
        case .nonFiniteValue(let label, let value):
            return "history point '\(label)': value \(value) is not a finite number"
        case .invalidParameter(let name, let value, let expected):
            return "change-point parameter \(name) = \(value): expected \(expected)"
        }
    }
}

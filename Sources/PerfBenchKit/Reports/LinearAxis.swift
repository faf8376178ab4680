import Foundation

/// A linear axis over a data range, widened to round ticks 1, 2 or 5 × 10ⁿ apart, about five of them.
///
/// History charts use it: their values rarely span a decade, and a step of a few percent must be
/// visible, so the axis hugs the data instead of starting at zero.
struct LinearAxis {
    let low: Double
    let high: Double
    let step: Double

    init(low dataLow: Double, high dataHigh: Double) {
        var dataLow = dataLow, dataHigh = dataHigh
        if dataHigh <= dataLow {
            // A flat series still needs a visible band around it.
            let pad = dataLow == 0 ? 1 : Swift.abs(dataLow) * 0.05
            dataLow -= pad
            dataHigh += pad
        }
        let rough = (dataHigh - dataLow) / 5
        let magnitude = pow(10, Foundation.floor(log10(rough)))
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= rough } ?? 10 * magnitude
        self.step = step
        low = Foundation.floor(dataLow / step) * step
        high = Foundation.ceil(dataHigh / step) * step
    }

    /// 0 at `low`, 1 at `high`.
    func position(_ value: Double) -> Double {
        (value - low) / (high - low)
    }

    /// The tick values from `low` to `high`, `step` apart.
    var ticks: [Double] {
        let count = Int(((high - low) / step).rounded())
        return (0...count).map { low + Double($0) * step }
    }

    /// A tick's label with as many decimals as the step needs (`80`, `12.5`, `0.25`), so labels
    /// along one axis agree.
    func label(_ value: Double) -> String {
        let decimals = max(0, Int(-Foundation.floor(log10(step) + 1e-9)))
        let text = String(format: "%.\(decimals)f", value)
        // -0 prints as "-0" and reads like a negative tick.
        return text.allSatisfy { "-0.".contains($0) } ? String(text.drop { $0 == "-" }) : text
    }
}

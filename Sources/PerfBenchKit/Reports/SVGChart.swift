import Foundation

/// Small, dependency-free SVG charts with logarithmic axes, drawn the same way every time so golden
/// files stay stable. Output is standalone SVG that renders on a code host (as an image file) and
/// inline in HTML.
enum SVGChart {
    /// One labelled value of a bar chart.
    struct Bar: Equatable {
        var label: String
        var value: Double
        init(label: String, value: Double) {
            self.label = label
            self.value = value
        }
    }

    /// One line of a line chart.
    struct Series: Equatable {
        var name: String
        var color: String
        var points: [(x: Double, y: Double)]
        init(name: String, color: String, points: [(x: Double, y: Double)]) {
            self.name = name
            self.color = color
            self.points = points
        }
        static func == (lhs: Series, rhs: Series) -> Bool {
            lhs.name == rhs.name && lhs.color == rhs.color
                && lhs.points.map(\.x) == rhs.points.map(\.x) && lhs.points.map(\.y) == rhs.points.map(\.y)
        }
    }

    static let legacyColor = "#d62728"
    static let fixedColor = "#1f77b4"
    static let limitColor = "#2ca02c"

    /// The color a side is drawn in, in every chart.
    static func color(of side: Side) -> String {
        switch side {
        case .legacy: legacyColor
        case .fixed: fixedColor
        case .limit: limitColor
        }
    }

    /// Horizontal bars on a log-scale axis, with a reference line at 1 (no change).
    /// Non-positive values cannot sit on a log axis and are skipped.
    static func horizontalBars(title: String, axisLabel: String, bars: [Bar]) -> String {
        let shown = bars.filter { $0.value > 0 && $0.value.isFinite }
        let left = 70.0
        let right = 30.0
        let top = 40.0
        let rowHeight = 22.0
        let bottom = 45.0
        let plotWidth = 560.0
        let height = top + rowHeight * Double(max(shown.count, 1)) + bottom
        let width = left + plotWidth + right
        let values = shown.map(\.value) + [1]
        let axis = LogAxis(low: values.min() ?? 1, high: values.max() ?? 1)
        func x(_ value: Double) -> Double { left + axis.position(value) * plotWidth }

        var body: [String] = []
        body.append(text(title, x: width / 2, y: 22, anchor: "middle", size: 15, bold: true))
        let axisY = top + rowHeight * Double(shown.count)
        for tick in axis.ticks {
            body.append(line(x1: x(tick), y1: top, x2: x(tick), y2: axisY, stroke: "#dddddd"))
            body.append(text(LogAxis.label(tick), x: x(tick), y: axisY + 16, anchor: "middle", size: 11))
        }
        for (index, bar) in shown.enumerated() {
            let y = top + rowHeight * Double(index)
            let start = min(x(1), x(bar.value))
            let end = max(x(1), x(bar.value))
            let color = bar.value >= 1 ? fixedColor : legacyColor
            body.append(
                "<rect x=\"\(f(start))\" y=\"\(f(y + 3))\" width=\"\(f(max(end - start, 1)))\" "
                    + "height=\"\(f(rowHeight - 6))\" fill=\"\(color)\"/>")
            body.append(text(bar.label, x: left - 8, y: y + rowHeight / 2 + 4, anchor: "end", size: 12))
            let valueX = bar.value >= 1 ? end + 4 : start - 4
            body.append(
                text(
                    NumberFormat.ratio(bar.value), x: valueX, y: y + rowHeight / 2 + 4,
                    anchor: bar.value >= 1 ? "start" : "end", size: 11))
        }
        body.append(line(x1: x(1), y1: top - 4, x2: x(1), y2: axisY, stroke: "#333333"))
        body.append(line(x1: left, y1: axisY, x2: left + plotWidth, y2: axisY, stroke: "#333333"))
        body.append(text(axisLabel, x: left + plotWidth / 2, y: axisY + 36, anchor: "middle", size: 12))
        return document(width: width, height: height, title: title, body: body)
    }

    /// Lines on log-log axes, one per series, with a legend. Non-positive points are skipped.
    static func logLogLines(title: String, xLabel: String, yLabel: String, series: [Series]) -> String {
        let cleaned = series.map { s in
            Series(
                name: s.name, color: s.color,
                points: s.points.filter { $0.x > 0 && $0.y > 0 && $0.x.isFinite && $0.y.isFinite })
        }
        let xs = cleaned.flatMap { $0.points.map(\.x) }
        let ys = cleaned.flatMap { $0.points.map(\.y) }
        let xAxis = LogAxis(low: xs.min() ?? 1, high: xs.max() ?? 10)
        let yAxis = LogAxis(low: ys.min() ?? 1, high: ys.max() ?? 10)
        let left = 70.0
        let top = 40.0
        let plotWidth = 480.0
        let plotHeight = 260.0
        let right = 130.0
        let bottom = 50.0
        let width = left + plotWidth + right
        let height = top + plotHeight + bottom
        func x(_ value: Double) -> Double { left + xAxis.position(value) * plotWidth }
        func y(_ value: Double) -> Double { top + (1 - yAxis.position(value)) * plotHeight }

        var body: [String] = []
        body.append(text(title, x: (left + plotWidth) / 2 + left / 2, y: 22, anchor: "middle", size: 15, bold: true))
        for tick in xAxis.ticks {
            body.append(line(x1: x(tick), y1: top, x2: x(tick), y2: top + plotHeight, stroke: "#dddddd"))
            body.append(text(LogAxis.label(tick), x: x(tick), y: top + plotHeight + 16, anchor: "middle", size: 11))
        }
        for tick in yAxis.ticks {
            body.append(line(x1: left, y1: y(tick), x2: left + plotWidth, y2: y(tick), stroke: "#dddddd"))
            body.append(text(LogAxis.label(tick), x: left - 6, y: y(tick) + 4, anchor: "end", size: 11))
        }
        body.append(
            "<rect x=\"\(f(left))\" y=\"\(f(top))\" width=\"\(f(plotWidth))\" height=\"\(f(plotHeight))\" "
                + "fill=\"none\" stroke=\"#333333\"/>")
        for (index, s) in cleaned.enumerated() {
            let coordinates = s.points.map { "\(f(x($0.x))),\(f(y($0.y)))" }.joined(separator: " ")
            body.append("<polyline points=\"\(coordinates)\" fill=\"none\" stroke=\"\(s.color)\" stroke-width=\"2\"/>")
            for point in s.points {
                body.append("<circle cx=\"\(f(x(point.x)))\" cy=\"\(f(y(point.y)))\" r=\"3\" fill=\"\(s.color)\"/>")
            }
            let legendY = top + 10 + Double(index) * 20
            body.append(
                line(
                    x1: left + plotWidth + 12, y1: legendY, x2: left + plotWidth + 32, y2: legendY,
                    stroke: s.color, width: 2))
            body.append(text(s.name, x: left + plotWidth + 38, y: legendY + 4, anchor: "start", size: 12))
        }
        body.append(text(xLabel, x: left + plotWidth / 2, y: top + plotHeight + 38, anchor: "middle", size: 12))
        body.append(
            "<text x=\"16\" y=\"\(f(top + plotHeight / 2))\" text-anchor=\"middle\" font-size=\"12\" "
                + "transform=\"rotate(-90 16 \(f(top + plotHeight / 2)))\">\(escaped(yLabel))</text>")
        return document(width: width, height: height, title: title, body: body)
    }

    // MARK: - Drawing primitives

    static func document(width: Double, height: Double, title: String, body: [String]) -> String {
        ([
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(f(width))\" height=\"\(f(height))\" "
                + "viewBox=\"0 0 \(f(width)) \(f(height))\" font-family=\"sans-serif\">",
            "<title>\(escaped(title))</title>",
            "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>",
        ]
            + body + ["</svg>"]).joined(separator: "\n") + "\n"
    }

    static func line(
        x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1
    ) -> String {
        "<line x1=\"\(f(x1))\" y1=\"\(f(y1))\" x2=\"\(f(x2))\" y2=\"\(f(y2))\" stroke=\"\(stroke)\" "
            + "stroke-width=\"\(f(width))\"/>"
    }

    static func text(
        _ content: String, x: Double, y: Double, anchor: String, size: Int, bold: Bool = false
    ) -> String {
        "<text x=\"\(f(x))\" y=\"\(f(y))\" text-anchor=\"\(anchor)\" font-size=\"\(size)\""
            + (bold ? " font-weight=\"bold\"" : "") + ">\(escaped(content))</text>"
    }

    /// One decimal: enough for a pixel, and stable across platforms.
    static func f(_ value: Double) -> String {
        String(format: "%.1f", value)
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}

/// A base-10 logarithmic axis padded out to whole decades, with ticks at 1, 2 and 5 of each decade
/// (only at powers of ten when it spans more than three decades).
struct LogAxis {
    let lowExponent: Double
    let highExponent: Double

    init(low: Double, high: Double) {
        let lowExponent = Foundation.floor(log10(low))
        var highExponent = Foundation.ceil(log10(high))
        if highExponent <= lowExponent { highExponent = lowExponent + 1 }
        self.lowExponent = lowExponent
        self.highExponent = highExponent
    }

    /// 0 at the low end, 1 at the high end.
    func position(_ value: Double) -> Double {
        (log10(value) - lowExponent) / (highExponent - lowExponent)
    }

    var ticks: [Double] {
        let multipliers: [Double] = highExponent - lowExponent > 3 ? [1] : [1, 2, 5]
        var result: [Double] = []
        var exponent = lowExponent
        while exponent <= highExponent {
            for multiplier in multipliers {
                let value = multiplier * pow(10, exponent)
                if log10(value) <= highExponent + 1e-9 { result.append(value) }
            }
            exponent += 1
        }
        return result
    }

    static func label(_ value: Double) -> String {
        if value >= 1_000_000 { return "\(NumberFormat.size(value / 1_000_000))M" }
        if value >= 1000 { return "\(NumberFormat.size(value / 1000))k" }
        return value >= 1 ? NumberFormat.size(value) : NumberFormat.value(value)
    }
}

/// One case's history as an SVG line chart: a point per commit with its interval bar, the level of
/// each segment between change points, and each change point marked with its size and p-value.
///
/// Commits are evenly spaced on the x axis in history order (their dates do not matter, their order
/// does); labels are thinned when there are too many to read.
package enum HistoryChart {
    /// A point as drawn: what is not a finite number is nil and not drawn.
    private struct Drawn {
        var label: String
        var value: Double?
        var lower: Double?
        var upper: Double?

        init(_ point: HistoryPoint) {
            func finite(_ number: Double?) -> Double? { number.flatMap { $0.isFinite ? $0 : nil } }
            label = point.label
            value = finite(point.value)
            lower = finite(point.lower)
            upper = finite(point.upper)
        }
    }

    /// One series as drawn in a chart: its title, unit, points and steps.
    package struct Panel: Sendable {
        /// e.g. `lb.select.roundRobin.n100: fixed ns/event`.
        package var title: String
        /// The y axis label, e.g. `ns/event`.
        package var unit: String
        /// The series, oldest first.
        package var points: [HistoryPoint]
        /// What ``EDivisive`` found in `points`.
        package var changePoints: [ChangePoint]

        package init(title: String, unit: String, points: [HistoryPoint], changePoints: [ChangePoint]) {
            self.title = title
            self.unit = unit
            self.points = points
            self.changePoints = changePoints
        }
    }

    /// The chart as standalone SVG.
    ///
    /// - Parameters:
    ///   - title: The chart's title, e.g. `lb.select.roundRobin.n100: fixed ns/event`.
    ///   - unit: The y axis label, e.g. `ns/event`.
    ///   - points: The series, oldest first.
    ///   - changePoints: What ``EDivisive`` found in `points`.
    ///
    /// A non-finite value or interval end (which ``EDivisive`` would have rejected) is left out of
    /// the drawing rather than bending the axis.
    package static func svg(
        title: String, unit: String, points: [HistoryPoint], changePoints: [ChangePoint]
    ) -> String {
        let panel = draw(Panel(title: title, unit: unit, points: points, changePoints: changePoints))
        return SVGChart.document(width: panel.width, height: panel.height, title: title, body: panel.body)
    }

    /// Several series of one case as one standalone SVG, one panel under the other, each drawn as
    /// ``svg(title:unit:points:changePoints:)`` draws it; `title` is the document's title.
    package static func svg(title: String, panels: [Panel]) -> String {
        var body: [String] = []
        var width = 0.0, height = 0.0
        for panel in panels.map(draw) {
            body.append("<g transform=\"translate(0 \(SVGChart.f(height)))\">")
            body += panel.body
            body.append("</g>")
            width = max(width, panel.width)
            height += panel.height
        }
        return SVGChart.document(width: width, height: height, title: title, body: body)
    }

    /// One panel's drawing at the origin, with its size.
    private static func draw(_ panel: Panel) -> (body: [String], width: Double, height: Double) {
        let (title, unit, changePoints) = (panel.title, panel.unit, panel.changePoints)
        let left = 80.0, top = 48.0, plotWidth = 600.0, plotHeight = 260.0, right = 30.0, bottom = 80.0
        let listHeight = 16 * Double(changePoints.count) + (changePoints.isEmpty ? 0 : 8)
        let width = left + plotWidth + right, height = top + plotHeight + bottom + listHeight
        let points = panel.points.map(Drawn.init)
        let lows = points.compactMap { $0.lower ?? $0.value }, highs = points.compactMap { $0.upper ?? $0.value }
        let axis = LinearAxis(low: lows.min() ?? 0, high: highs.max() ?? 1)
        let slot = plotWidth / Double(max(points.count, 1))
        func x(_ index: Int) -> Double { left + slot * (Double(index) + 0.5) }
        func y(_ value: Double) -> Double { top + (1 - axis.position(value)) * plotHeight }

        var body: [String] = []
        body.append(SVGChart.text(title, x: left + plotWidth / 2, y: 22, anchor: "middle", size: 15, bold: true))
        for tick in axis.ticks {
            body.append(SVGChart.line(x1: left, y1: y(tick), x2: left + plotWidth, y2: y(tick), stroke: "#dddddd"))
            body.append(SVGChart.text(axis.label(tick), x: left - 6, y: y(tick) + 4, anchor: "end", size: 11))
        }
        body.append(
            "<rect x=\"\(SVGChart.f(left))\" y=\"\(SVGChart.f(top))\" width=\"\(SVGChart.f(plotWidth))\" "
                + "height=\"\(SVGChart.f(plotHeight))\" fill=\"none\" stroke=\"#333333\"/>")
        body += segmentLevels(points: points, changePoints: changePoints, x: x, y: y, slot: slot)
        body += changeMarkers(changePoints, x: x, top: top, plotHeight: plotHeight, slot: slot)
        body += series(points, x: x, y: y)
        body += commitLabels(points, x: x, baseline: top + plotHeight)
        let middle = SVGChart.f(top + plotHeight / 2)
        body.append(
            "<text x=\"18\" y=\"\(middle)\" text-anchor=\"middle\" font-size=\"12\" "
                + "transform=\"rotate(-90 18 \(middle))\">\(SVGChart.escaped(unit))</text>")
        let axisTitleY = top + plotHeight + bottom - 8
        body.append(
            SVGChart.text(
                "commit (oldest → newest)", x: left + plotWidth / 2, y: axisTitleY, anchor: "middle", size: 12))
        body += changeList(changePoints, left: left, firstLine: axisTitleY + 24)
        return (body, width, height)
    }

    /// A dashed line at each segment's median, so a step reads as a change of level.
    private static func segmentLevels(
        points: [Drawn], changePoints: [ChangePoint], x: (Int) -> Double, y: (Double) -> Double, slot: Double
    ) -> [String] {
        let bounds = [0] + changePoints.map(\.index) + [points.count]
        return zip(bounds, bounds.dropFirst()).compactMap { start, end -> String? in
            guard start < end, end <= points.count else { return nil }
            let values = points[start..<end].compactMap(\.value)
            guard !values.isEmpty else { return nil }
            let level = Quantiles.median(of: values)
            return "<line x1=\"\(SVGChart.f(x(start) - slot / 2))\" y1=\"\(SVGChart.f(y(level)))\" "
                + "x2=\"\(SVGChart.f(x(end - 1) + slot / 2))\" y2=\"\(SVGChart.f(y(level)))\" stroke=\"#2ca02c\" "
                + "stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>"
        }
    }

    /// A vertical line just before the first point after each step, numbered above the plot; the
    /// numbers refer to the list under the chart, which has room for the figures.
    private static func changeMarkers(
        _ changePoints: [ChangePoint], x: (Int) -> Double, top: Double, plotHeight: Double, slot: Double
    ) -> [String] {
        changePoints.enumerated().flatMap { position, change -> [String] in
            let at = x(change.index) - slot / 2
            return [
                "<line x1=\"\(SVGChart.f(at))\" y1=\"\(SVGChart.f(top))\" x2=\"\(SVGChart.f(at))\" "
                    + "y2=\"\(SVGChart.f(top + plotHeight))\" stroke=\"\(SVGChart.legacyColor)\" stroke-width=\"1.5\" "
                    + "stroke-dasharray=\"4 3\"/>",
                SVGChart.text("\(position + 1)", x: at, y: top - 5, anchor: "middle", size: 11, bold: true),
            ]
        }
    }

    /// One line per change point: its number, size, commit, p-value and the levels either side.
    private static func changeList(_ changePoints: [ChangePoint], left: Double, firstLine: Double) -> [String] {
        changePoints.enumerated().map { position, change in
            let size = change.relativeChange.map(NumberFormat.percent) ?? NumberFormat.value(change.absoluteChange)
            let line =
                "\(position + 1): \(size) at \(change.label), p = \(NumberFormat.value(change.pValue)) "
                + "(median \(NumberFormat.value(change.medianBefore)) → \(NumberFormat.value(change.medianAfter)))"
            return SVGChart.text(line, x: left, y: firstLine + 16 * Double(position), anchor: "start", size: 12)
        }
    }

    /// The points, joined, each with its interval bar.
    private static func series(_ points: [Drawn], x: (Int) -> Double, y: (Double) -> Double) -> [String] {
        let color = SVGChart.fixedColor
        let coordinates = points.enumerated().compactMap { index, point in
            point.value.map { "\(SVGChart.f(x(index))),\(SVGChart.f(y($0)))" }
        }
        guard !coordinates.isEmpty else { return [] }
        var body = [
            "<polyline points=\"\(coordinates.joined(separator: " "))\" fill=\"none\" stroke=\"\(color)\" "
                + "stroke-width=\"1\" opacity=\"0.5\"/>"
        ]
        for (index, point) in points.enumerated() {
            guard let value = point.value else { continue }
            if point.lower != nil || point.upper != nil {
                let low = y(point.lower ?? value), high = y(point.upper ?? value)
                body.append(SVGChart.line(x1: x(index), y1: low, x2: x(index), y2: high, stroke: color, width: 1.5))
                for end in [low, high] {
                    body.append(SVGChart.line(x1: x(index) - 3, y1: end, x2: x(index) + 3, y2: end, stroke: color))
                }
            }
            body.append(
                "<circle cx=\"\(SVGChart.f(x(index)))\" cy=\"\(SVGChart.f(y(value)))\" r=\"3.5\" "
                    + "fill=\"\(color)\"/>")
        }
        return body
    }

    /// Commit labels under the axis, turned 45° so short hashes fit; every k-th when there are many.
    private static func commitLabels(_ points: [Drawn], x: (Int) -> Double, baseline: Double) -> [String] {
        let every = max(1, (points.count + 29) / 30)
        return points.indices.filter { $0 % every == 0 || $0 == points.count - 1 }.map { index in
            let px = SVGChart.f(x(index)), py = SVGChart.f(baseline + 14)
            return "<text x=\"\(px)\" y=\"\(py)\" text-anchor=\"end\" font-size=\"10\" "
                + "transform=\"rotate(-45 \(px) \(py))\">\(SVGChart.escaped(points[index].label))</text>"
        }
    }
}

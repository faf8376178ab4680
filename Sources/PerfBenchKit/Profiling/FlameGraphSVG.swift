import Foundation

/// Flame graphs drawn by perfbench as standalone SVG: one per side, and a differential one.
///
/// The root is at the bottom and a frame's width is its inclusive cost; each box's tooltip holds the
/// full demangled name and its figures. Boxes narrower than a pixel are left out.
package enum FlameGraphSVG {
    static let width = 1200.0
    static let margin = 10.0
    static let frameHeight = 17.0
    static let top = 56.0
    static let bottom = 28.0
    static let characterWidth = 6.6

    /// A flame graph of one profile.
    ///
    /// - Parameters:
    ///   - profile: the stacks.
    ///   - title: the heading (e.g. `legacy · lb.select.consistentHash.n100`).
    ///   - subtitle: how it was measured.
    ///   - unit: what a count is (`samples`, `instructions`).
    package static func render(_ profile: StackProfile, title: String, subtitle: String, unit: String) -> String {
        let tree = FlameTree([(profile, 1)])
        let total = tree.nodes[0].values[0]
        let boxes = tree.layout(width: width - 2 * margin, weight: { $0.values[0] }, minimumWidth: 0.5)
        var body = ""
        for box in boxes {
            let value = box.node.values[0]
            let tooltip =
                "\(box.node.name) (\(ProfileFormat.count(value)) \(unit), \(percent(value, of: total)))"
            body += frame(box, depth: tree.maxDepth, color: color(for: box.node.name), tooltip: tooltip)
        }
        return document(
            depth: tree.maxDepth, title: title, subtitle: subtitle,
            footer: "width: inclusive \(unit); \(ProfileFormat.count(total)) \(unit) in all", body: body)
    }

    /// A differential flame graph: box width is the sum of the two sides' scaled costs, colour says
    /// which side spends more there (blue: the first, red: the second), deeper for a larger share.
    ///
    /// - Parameters:
    ///   - first: the first profile and the factor that makes its counts comparable (per event, or per total).
    ///   - second: the second profile and its factor.
    ///   - names: what to call the two (`legacy`, `fixed`).
    ///   - unit: the unit of a scaled value (`ns/event`, `instructions/event`, `share`).
    package static func renderDifferential(
        first: (profile: StackProfile, scale: Double), second: (profile: StackProfile, scale: Double),
        names: (String, String), title: String, subtitle: String, unit: String
    ) -> String {
        let tree = FlameTree([first, second])
        let boxes = tree.layout(width: width - 2 * margin, weight: { $0.values[0] + $0.values[1] }, minimumWidth: 0.5)
        var body = ""
        for box in boxes {
            let (a, b) = (box.node.values[0], box.node.values[1])
            let tooltip =
                "\(box.node.name) (\(names.0) \(NumberFormat.value(a)), \(names.1) \(NumberFormat.value(b)) \(unit))"
            body += frame(box, depth: tree.maxDepth, color: differentialColor(a, b), tooltip: tooltip)
        }
        return document(
            depth: tree.maxDepth, title: title, subtitle: subtitle,
            footer: "width: \(names.0) + \(names.1) inclusive \(unit); blue: \(names.0) spends more, "
                + "red: \(names.1) spends more",
            body: body)
    }

    static func frame(
        _ box: (node: FlameTree.Node, x: Double, width: Double), depth: Int, color: String, tooltip: String
    )
        -> String
    {
        let x = margin + box.x
        let y = top + Double(depth - box.node.depth) * frameHeight
        let characters = Int((box.width - 6) / characterWidth)
        var text = ""
        if characters >= 3 {
            let label = box.node.depth == 0 ? "all" : FrameLabel.short(box.node.name)
            let shown = label.count <= characters ? label : String(label.prefix(characters - 2)) + ".."
            text = "<text x=\"\(fixed(x + 3))\" y=\"\(fixed(y + 12))\">\(escape(shown))</text>"
        }
        return "<g><title>\(escape(tooltip))</title><rect x=\"\(fixed(x))\" y=\"\(fixed(y))\" "
            + "width=\"\(fixed(box.width))\" height=\"\(fixed(frameHeight - 1))\" fill=\"\(color)\" rx=\"2\"/>"
            + text + "</g>\n"
    }

    static func document(depth: Int, title: String, subtitle: String, footer: String, body: String) -> String {
        let height = top + Double(depth + 1) * frameHeight + bottom
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" \
            viewBox="0 0 \(Int(width)) \(Int(height))" font-family="monospace" font-size="11">
            <rect width="100%" height="100%" fill="#f8f8f4"/>
            <text x="\(Int(width / 2))" y="22" font-size="16" text-anchor="middle">\(escape(title))</text>
            <text x="\(Int(width / 2))" y="40" fill="#555" text-anchor="middle">\(escape(subtitle))</text>
            \(body)<text x="\(Int(margin))" y="\(Int(height - 9))" fill="#555">\(escape(footer))</text>
            </svg>

            """
    }

    /// flamegraph.pl's warm palette, picked by a hash of the name so a function keeps its colour
    /// across graphs; the harness and unnamed frames are grey.
    static func color(for name: String) -> String {
        if name.hasPrefix("[") { return name == HarnessFolding.frameName ? "rgb(190,190,190)" : "rgb(215,215,215)" }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in name.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        let red = 205 + Int(hash % 51)
        let green = Int((hash >> 8) % 231)
        let blue = Int((hash >> 16) % 56)
        return "rgb(\(red),\(green),\(blue))"
    }

    /// White where the two sides spend alike, towards blue where the first spends more, red where
    /// the second does.
    static func differentialColor(_ first: Double, _ second: Double) -> String {
        let sum = first + second
        guard sum > 0 else { return "rgb(255,255,255)" }
        let balance = (second - first) / sum
        let fade = Int(255 - 150 * abs(balance))
        return balance < 0 ? "rgb(\(fade),\(fade),255)" : "rgb(255,\(fade),\(fade))"
    }

    static func percent(_ value: Double, of total: Double) -> String {
        total > 0 ? String(format: "%.2f%%", value / total * 100) : "0%"
    }

    static func fixed(_ value: Double) -> String {
        String(format: "%.2f", value)
    }

    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}

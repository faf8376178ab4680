/// Short display names for frames: what fits in a flame graph box or a table cell.
///
/// The full demangled name stays in the folded file and in each box's tooltip.
public enum FrameLabel {
    /// `name` without specialization prefixes and without its return type, e.g.
    /// `generic specialization <Foo> of Swift.MutableCollection._insertionSort(within:sortedEnd:by:) -> ()`
    /// becomes `Swift.MutableCollection._insertionSort(within:sortedEnd:by:)`.
    public static func short(_ name: String) -> String {
        var text = Substring(name)
        var changed = true
        while changed {
            changed = false
            for prefix in ["merged ", "outlined ", "specialized "] where text.hasPrefix(prefix) {
                text = text.dropFirst(prefix.count)
                changed = true
            }
            if let range = specializationPrefixEnd(text) {
                text = text[range...]
                changed = true
            }
        }
        // `closure #1 (A) -> B in f() -> C`: each part of the nesting loses its return type.
        return topLevelParts(text, separator: " in ").map { String(withoutReturnType($0)) }.joined(separator: " in ")
    }

    /// `text` split at `separator` where it appears outside any bracket.
    static func topLevelParts(_ text: Substring, separator: String) -> [Substring] {
        var parts: [Substring] = []
        var depth = 0
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if "(<[".contains(character) {
                depth += 1
            } else if ")>]".contains(character), !isArrowHead(text, index) {
                depth -= 1
            } else if depth == 0, text[index...].hasPrefix(separator) {
                parts.append(text[start..<index])
                index = text.index(index, offsetBy: separator.count)
                start = index
                continue
            }
            index = text.index(after: index)
        }
        parts.append(text[start...])
        return parts
    }

    /// The index after `… specialization <…> of ` when `text` starts with one.
    static func specializationPrefixEnd(_ text: Substring) -> Substring.Index? {
        guard let marker = text.range(of: " specialization <"), !text[..<marker.lowerBound].contains(" in ") else {
            return nil
        }
        var depth = 0
        var index = text.index(before: marker.upperBound)
        while index < text.endIndex {
            switch text[index] {
            case "<": depth += 1
            case ">" where !isArrowHead(text, index):
                depth -= 1
                if depth == 0 {
                    let rest = text[text.index(after: index)...]
                    return rest.hasPrefix(" of ") ? rest.index(rest.startIndex, offsetBy: 4) : nil
                }
            default: break
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// Drops ` -> T` when it appears outside any bracket: the return type.
    static func withoutReturnType(_ text: Substring) -> Substring {
        var depth = 0
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if "(<[".contains(character) {
                depth += 1
            } else if ")>]".contains(character), !isArrowHead(text, index) {
                depth -= 1
            } else if depth == 0, character == " ", text[index...].hasPrefix(" -> ") {
                return text[..<index]
            }
            index = text.index(after: index)
        }
        return text
    }

    /// Whether the `>` at `index` ends an arrow (`->`), which closes no bracket.
    static func isArrowHead(_ text: Substring, _ index: Substring.Index) -> Bool {
        text[index] == ">" && index > text.startIndex && text[text.index(before: index)] == "-"
    }
}

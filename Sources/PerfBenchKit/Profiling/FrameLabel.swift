/// Short display names for frames: what fits in a flame graph box or a table cell.
///
/// A Swift name keeps its context and selector and loses specialization prefixes, generic clauses,
/// parameter types, effects and return types: `generic specialization <…> of Swift._merge<A>(low:
/// Swift.UnsafeMutablePointer<A>, …) throws -> Swift.Bool` becomes `Swift._merge(low:mid:high:buffer:by:)`.
/// The full demangled name stays in the folded file and in each box's tooltip.
package enum FrameLabel {
    /// The short form of `name`.
    package static func short(_ name: String) -> String {
        guard !name.hasPrefix("[") else { return name }
        var text = Substring(name)
        var changed = true
        while changed {
            changed = false
            for prefix in ["merged ", "specialized "] where text.hasPrefix(prefix) {
                text = text.dropFirst(prefix.count)
                changed = true
            }
            if let end = specializationPrefixEnd(text) {
                text = text[end...]
                changed = true
            }
            if text.hasPrefix("(extension in "), let close = text.firstIndex(of: ")"),
                text[close...].hasPrefix("):")
            {
                text = text[text.index(close, offsetBy: 2)...]
                changed = true
            }
        }
        let isCxx = text.contains("::")
        // `closure #1 (A) -> B in f() -> C`: each part of the nesting is shortened on its own.
        return topLevelParts(text, separator: " in ").map { simplify($0, isCxx: isCxx) }.joined(separator: " in ")
    }

    /// One part of a name: no generic clauses, a selector for the parameter list, no signature after
    /// `closure #N`, no accessor type after ` : `, no effects, no return type.
    static func simplify(_ part: Substring, isCxx: Bool) -> String {
        let body = withoutReturnType(part)
        var shortened = ""
        var squareDepth = 0
        var index = body.startIndex
        while index < body.endIndex {
            let character = body[index]
            // ` : (A.Index) -> A` outside brackets: an accessor's type. (Generic clauses and parameter
            // lists are skipped whole below, so only square brackets need counting.)
            if character == "[" { squareDepth += 1 } else if character == "]" { squareDepth -= 1 }
            if character == " ", squareDepth == 0, body[index...].hasPrefix(" : ") { break }
            if character == "<", let previous = shortened.last,
                previous.isLetter || previous.isNumber || previous == "_"
            {
                index = body.index(after: closingIndex(body, from: index))
                continue
            }
            if character == "(" {
                let close = closingIndex(body, from: index)
                let isSignature = shortened.isEmpty || shortened.hasSuffix(" ") || shortened.hasSuffix("throws")
                if !isSignature {
                    shortened += isCxx ? "()" : selector(body[body.index(after: index)..<close])
                }
                index = close < body.endIndex ? body.index(after: close) : close
                continue
            }
            shortened.append(character)
            index = body.index(after: index)
        }
        let words = shortened.split(separator: " ").filter {
            !["throws", "rethrows", "async"].contains($0)
        }
        return words.joined(separator: " ")
    }

    /// `label: T, other: U` → `(label:other:)`; an unlabelled parameter is `_:`.
    static func selector(_ parameters: Substring) -> String {
        let pieces = topLevelParts(parameters, separator: ",").map { $0.drop { $0 == " " } }
        guard !(pieces.count == 1 && pieces[0].isEmpty) else { return "()" }
        let labels = pieces.map { piece -> String in
            guard let colon = topLevelIndex(of: ":", in: piece) else { return "_:" }
            return String(piece[..<colon]) + ":"
        }
        return "(" + labels.joined() + ")"
    }

    /// The index after `… specialization <…> of ` when `text` starts with one.
    ///
    /// Found by the first `> of `, not by counting brackets: the demangler writes
    /// `<Arg[3] = [Closure Propagated : …, Argument Types : []> of`, whose `[` never closes.
    static func specializationPrefixEnd(_ text: Substring) -> Substring.Index? {
        guard let marker = text.range(of: " specialization <"), !text[..<marker.lowerBound].contains(" in "),
            let end = text[marker.upperBound...].range(of: "> of ")
        else { return nil }
        return end.upperBound
    }

    /// The index of the bracket closing the one at `open` (or the end when it never closes).
    static func closingIndex(_ text: Substring, from open: Substring.Index) -> Substring.Index {
        var depth = 0
        var index = open
        while index < text.endIndex {
            let character = text[index]
            if "(<[".contains(character) {
                depth += 1
            } else if ")>]".contains(character), !isArrowHead(text, index) {
                depth -= 1
                if depth == 0 { return index }
            }
            index = text.index(after: index)
        }
        return text.endIndex
    }

    /// The first `character` outside any bracket.
    static func topLevelIndex(of character: Character, in text: Substring) -> Substring.Index? {
        var depth = 0
        var index = text.startIndex
        while index < text.endIndex {
            let current = text[index]
            if "(<[".contains(current) {
                depth += 1
            } else if ")>]".contains(current), !isArrowHead(text, index) {
                depth -= 1
            } else if depth == 0, current == character {
                return index
            }
            index = text.index(after: index)
        }
        return nil
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

    /// Drops ` -> T` when it appears outside any bracket: the return type.
    static func withoutReturnType(_ text: Substring) -> Substring {
        guard let arrow = topLevelParts(text, separator: " -> ").first else { return text }
        return arrow
    }

    /// Whether the `>` at `index` ends an arrow (`->`), which closes no bracket.
    static func isArrowHead(_ text: Substring, _ index: Substring.Index) -> Bool {
        text[index] == ">" && index > text.startIndex && text[text.index(before: index)] == "-"
    }
}

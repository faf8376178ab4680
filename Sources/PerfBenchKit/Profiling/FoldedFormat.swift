/// The folded-stack text format that flamegraph.pl, inferno, speedscope and flameshow read: one line
/// per distinct stack, frames root first separated by `;`, then a space and the stack's count.
///
/// ```
/// [harness];LegacyBaseline.LoadBalancer.select(_:);LegacyBaseline.ConsistentHashRing.sortedEntries() 412
/// ```
package enum FoldedFormat {
    /// The profile as folded lines, sorted by stack so two equal profiles give equal files.
    package static func render(_ profile: StackProfile) -> String {
        var text = ""
        for (stack, count) in profile.sortedStacks {
            text += stack.joined(separator: ";")
            text += " \(count)\n"
        }
        return text
    }

    /// Parses folded lines; repeated stacks add up, blank lines are skipped.
    ///
    /// The count is the text after the last space: frame names may contain spaces (demangled
    /// Swift names do), never `;`.
    /// - Parameters:
    ///   - text: the file's contents.
    ///   - source: the file's name, for error messages.
    /// - Throws: `ProfileError.malformedFolded` naming the first bad line.
    package static func parse(_ text: String, source: String) throws(ProfileError) -> StackProfile {
        var profile = StackProfile()
        var lineNumber = 0
        // `\r\n` is one Character in Swift: split on any line break, not on "\n".
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            if line.allSatisfy(\.isWhitespace) { continue }
            guard let space = line.lastIndex(of: " ") else {
                throw .malformedFolded(source: source, line: lineNumber, reason: "no count after the stack")
            }
            let countText = line[line.index(after: space)...]
            guard let count = UInt64(countText) else {
                throw .malformedFolded(
                    source: source, line: lineNumber, reason: "'\(countText)' is not a non-negative whole count")
            }
            let frames = line[..<space].split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            guard !frames.contains(where: \.isEmpty) else {
                throw .malformedFolded(source: source, line: lineNumber, reason: "empty frame name")
            }
            profile.add(frames, count: count)
        }
        return profile
    }
}

/// One callgrind dump read as a profile: exact instructions per call stack.
///
/// The dump must come from a run with `--separate-callers=N`, so each function's cost is kept per
/// caller chain (`callee'caller'caller…`): those chains are the stacks, and each chain's self cost is
/// exact. `--separate-recs=1` keeps recursion out of the names.
package struct CallgrindProfile: Sendable, Equatable {
    /// The client-request label of the dump (`desc: Trigger: Client Request: <label>`).
    package var label: String
    /// The dump's `totals:` instruction count.
    package var totalInstructions: UInt64
    /// Self instructions per stack, root first, names as `demangle` gave them.
    package var stacks: StackProfile
    /// Whether some chain reached the `--separate-callers` depth, so its outermost callers are cut.
    package var hasTruncatedChains: Bool
}

/// Reads callgrind's profile format (`callgrind_format`, positions `line`, `--dump-instr=no`).
package enum CallgrindProfileParser {
    /// Parses one dump.
    ///
    /// - Parameters:
    ///   - text: the dump file's contents.
    ///   - chainDepth: the `--separate-callers` depth the run used (a chain this long may be cut).
    ///   - demangle: turns a symbol as callgrind wrote it into the name a frame shows.
    /// - Returns: nil when the dump has no client-request label or no totals line.
    package static func parse(_ text: String, chainDepth: Int, demangle: (String) -> String) -> CallgrindProfile? {
        var label: String?
        var totals: UInt64?
        var selfCosts: [String: UInt64] = [:]
        var names: [String: String] = [:]
        var function: String?
        var nextLineIsCallCost = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if nextLineIsCallCost {
                // The line after `calls=` is the call's inclusive cost: the callee's, not the caller's own.
                nextLineIsCallCost = false
                continue
            }
            guard let first = line.first else { continue }
            if first.isNumber || first == "+" || first == "-" || first == "*" {
                if let function, let cost = costValue(line) {
                    selfCosts[function, default: 0] += cost
                }
            } else if line.hasPrefix("fn=") {
                function = resolveName(line.dropFirst(3), table: &names)
            } else if line.hasPrefix("cfn=") || line.hasPrefix("cfi=") || line.hasPrefix("cfl=") {
                // Callee names enter the compression table too; keep the table complete.
                if line.hasPrefix("cfn=") { _ = resolveName(line.dropFirst(4), table: &names) }
            } else if line.hasPrefix("calls=") {
                nextLineIsCallCost = true
            } else if line.hasPrefix("desc: Trigger: Client Request: ") {
                label = String(line.dropFirst("desc: Trigger: Client Request: ".count))
            } else if line.hasPrefix("totals:") {
                totals = line.dropFirst("totals:".count).split(separator: " ").first.flatMap { UInt64($0) }
            }
        }
        guard let label, let totals else { return nil }
        var stacks = StackProfile()
        var truncated = false
        var demangled: [String: String] = [:]
        for (chain, cost) in selfCosts where cost > 0 {
            let components = chainComponents(chain)
            if components.count >= chainDepth + 1 { truncated = true }
            let frames = components.reversed().map { symbol in
                if let known = demangled[symbol] { return known }
                let name = demangle(symbol)
                demangled[symbol] = name
                return name
            }
            stacks.add(frames, count: cost)
        }
        return CallgrindProfile(label: label, totalInstructions: totals, stacks: stacks, hasTruncatedChains: truncated)
    }

    /// `callee'caller1'caller2` → `[callee, caller1, caller2]`; an all-digit piece is a recursion
    /// depth (`f'2`), not a caller, and is dropped.
    static func chainComponents(_ chain: String) -> [String] {
        chain.split(separator: "'").filter { !$0.allSatisfy(\.isNumber) }.map(String.init)
    }

    /// `(12) name` defines id 12, `(12)` refers to it, a bare name is itself.
    static func resolveName(_ text: Substring, table: inout [String: String]) -> String {
        guard text.first == "(", let close = text.firstIndex(of: ")") else { return String(text) }
        let id = String(text[text.index(after: text.startIndex)..<close])
        let rest = text[text.index(after: close)...].drop { $0 == " " }
        if rest.isEmpty { return table[id] ?? "(\(id))" }
        table[id] = String(rest)
        return String(rest)
    }

    /// The first event column (Ir) of a cost line `position cost…`.
    static func costValue(_ line: Substring) -> UInt64? {
        let fields = line.split(separator: " ")
        guard fields.count >= 2 else { return nil }
        return UInt64(fields[1])
    }
}

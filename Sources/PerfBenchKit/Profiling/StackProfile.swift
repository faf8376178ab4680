/// Call stacks, root first, with their costs: one side's profile, in samples or instructions.
///
/// Frame names never contain `;` or a line break (they are replaced on insertion), so the profile
/// always round-trips through the folded format.
package struct StackProfile: Sendable, Equatable {
    /// Cost per distinct stack, root first.
    package private(set) var stacks: [[String]: UInt64] = [:]
    /// Sum of every stack's cost.
    package private(set) var total: UInt64 = 0

    /// An empty profile.
    package init() {}

    /// Adds `count` to `stack` (root first); an empty stack counts as one `[unknown]` frame.
    package mutating func add(_ stack: [String], count: UInt64) {
        guard count > 0 else { return }
        let frames = stack.isEmpty ? ["[unknown]"] : stack.map(Self.sanitized)
        stacks[frames, default: 0] += count
        total += count
    }

    /// The stacks in the order folded files list them: lexicographic by frames.
    package var sortedStacks: [(stack: [String], count: UInt64)] {
        stacks.map { (stack: $0.key, count: $0.value) }.sorted { $0.stack.lexicographicallyPrecedes($1.stack) }
    }

    /// Self cost (stacks ending in the function) and inclusive cost (stacks containing it, once per
    /// stack) of every function, most self cost first, then by name.
    package func functionCosts() -> [FunctionCost] {
        var costs: [String: FunctionCost] = [:]
        for (stack, count) in stacks {
            if let leaf = stack.last {
                costs[leaf, default: FunctionCost(name: leaf)].selfCost += count
            }
            for frame in Set(stack) {
                costs[frame, default: FunctionCost(name: frame)].inclusiveCost += count
            }
        }
        return costs.values.sorted {
            ($0.selfCost, $1.name) > ($1.selfCost, $0.name)
        }
    }

    /// The same profile with every stack rewritten by `transform` (stacks that become equal merge).
    package func mapStacks(_ transform: ([String]) -> [String]) -> StackProfile {
        var mapped = StackProfile()
        for (stack, count) in stacks {
            mapped.add(transform(stack), count: count)
        }
        return mapped
    }

    /// A frame name the folded format can carry: `;` separates frames and a line ends a stack.
    static func sanitized(_ frame: String) -> String {
        guard !frame.isEmpty else { return "[unknown]" }
        guard frame.contains(where: { $0 == ";" || $0.isNewline }) else { return frame }
        return String(frame.map { $0 == ";" ? "," : ($0.isNewline ? " " : $0) })
    }
}

/// One function's cost in a profile.
package struct FunctionCost: Sendable, Equatable {
    /// The frame name (a demangled symbol, `[harness]`, or `[unknown]`).
    package var name: String
    /// Cost of the stacks whose innermost frame is this function (samples or instructions).
    package var selfCost: UInt64 = 0
    /// Cost of the stacks that contain this function anywhere, counted once per stack.
    package var inclusiveCost: UInt64 = 0

    /// A function with the given costs.
    package init(name: String, selfCost: UInt64 = 0, inclusiveCost: UInt64 = 0) {
        self.name = name
        self.selfCost = selfCost
        self.inclusiveCost = inclusiveCost
    }
}

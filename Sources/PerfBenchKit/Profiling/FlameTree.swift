/// Stacks merged into a tree of frames for drawing: one node per distinct path from the root, with a
/// value per profile (one for a flame graph, two for a differential one).
struct FlameTree {
    struct Node {
        var name: String
        var depth: Int
        var values: [Double]
        var children: [String: Int] = [:]
    }

    private(set) var nodes: [Node]
    let profileCount: Int

    /// A tree of `profiles`, each count multiplied by its scale (so sides can be made per event).
    init(_ profiles: [(profile: StackProfile, scale: Double)]) {
        profileCount = profiles.count
        nodes = [Node(name: "all", depth: 0, values: Array(repeating: 0, count: profiles.count))]
        for (index, entry) in profiles.enumerated() {
            for (stack, count) in entry.profile.stacks {
                let value = Double(count) * entry.scale
                var current = 0
                nodes[0].values[index] += value
                for frame in stack {
                    let next: Int
                    if let existing = nodes[current].children[frame] {
                        next = existing
                    } else {
                        next = nodes.count
                        nodes.append(
                            Node(
                                name: frame, depth: nodes[current].depth + 1,
                                values: Array(repeating: 0, count: profiles.count)))
                        nodes[current].children[frame] = next
                    }
                    nodes[next].values[index] += value
                    current = next
                }
            }
        }
    }

    /// Deepest frame depth (the root is 0).
    var maxDepth: Int { nodes.map(\.depth).max() ?? 0 }

    /// Each node's box: x offset and width in `width` units, children in name order (as
    /// flamegraph.pl lays them out), boxes narrower than `minimumWidth` left out with their subtrees.
    func layout(width: Double, weight: (Node) -> Double, minimumWidth: Double) -> [(
        node: Node, x: Double, width: Double
    )] {
        let rootWeight = weight(nodes[0])
        guard rootWeight > 0 else { return [] }
        let scale = width / rootWeight
        var boxes: [(node: Node, x: Double, width: Double)] = []
        var pending: [(index: Int, x: Double)] = [(0, 0)]
        while let (index, x) = pending.popLast() {
            let node = nodes[index]
            let boxWidth = weight(node) * scale
            guard boxWidth >= minimumWidth else { continue }
            boxes.append((node, x, boxWidth))
            var childX = x
            for name in node.children.keys.sorted() {
                let child = node.children[name]!
                pending.append((child, childX))
                childX += weight(nodes[child]) * scale
            }
        }
        return boxes.sorted { ($0.node.depth, $0.x) < ($1.node.depth, $1.x) }
    }
}

import ComputeRuntime

/// A test daemon whose outputs a closure decides; stateful, its state is the number of events it processed.
public final class ScriptedDaemon: MeshDaemon {
    public let name: String
    /// Events `process` was called with, in order.
    public private(set) var received: [CausalEvent] = []
    private let outputs: (CausalEvent) throws(DaemonError) -> [[UInt8]]

    /// A daemon answering each event with `outputs(event)`.
    public init(name: String = "scripted", outputs: @escaping (CausalEvent) throws(DaemonError) -> [[UInt8]]) {
        self.name = name
        self.outputs = outputs
    }

    /// A daemon that never emits (upstream's sink daemon).
    public static func sink() -> ScriptedDaemon { ScriptedDaemon(name: "sink") { _ throws(DaemonError) in [] } }

    public func process(_ event: CausalEvent) throws(DaemonError) -> [[UInt8]] {
        received.append(event)
        return try outputs(event)
    }

    public var isStateful: Bool { true }

    public func snapshot() -> [UInt8]? { withUnsafeBytes(of: UInt64(received.count).littleEndian) { Array($0) } }

    /// State bytes given to the last `restore`.
    public private(set) var restoredState: [UInt8]?

    public func restore(_ state: [UInt8]) throws(DaemonError) { restoredState = state }
}

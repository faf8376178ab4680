import ComputeRuntime

/// A daemon that emits nothing and allocates nothing: the no-output path under allocation counting.
public final class SilentDaemon: MeshDaemon {
    public init() {}
    public var name: String { "silent" }
    public func process(_ event: CausalEvent) throws(DaemonError) -> [[UInt8]] { [] }
}

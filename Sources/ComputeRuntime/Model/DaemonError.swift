/// Errors of daemons, daemon hosts and the daemon registry (spec §4.1).
public enum DaemonError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The daemon's processing failed, or the host's chain overflowed.
    case processFailed(String)
    case snapshotFailed(String)
    case restoreFailed(String)
    /// No daemon with this origin hash is registered.
    case notFound(UInt64)
    /// The daemon at this origin hash was replaced or unregistered while the caller used it.
    case stale(UInt64)

    public var description: String {
        switch self {
        case .processFailed(let message): "daemon process failed: \(message)"
        case .snapshotFailed(let message): "snapshot failed: \(message)"
        case .restoreFailed(let message): "restore failed: \(message)"
        case .notFound(let origin): "daemon not found: 0x\(String(origin, radix: 16))"
        case .stale(let origin):
            "daemon 0x\(String(origin, radix: 16)) was swapped or unregistered concurrently; mutation did not land"
        }
    }
}

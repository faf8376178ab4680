/// The recovery-registry surface both runtimes implement (spec §5).
///
/// Thread-safe: handlers may register re-entrantly, and registering from another thread never
/// waits for a running handler.
public protocol RecoveryRegistering: AnyObject, Sendable {
    /// An empty registry.
    init()
    /// Appends `handler`; it first runs on the next tick.
    /// - Returns: the number of registered handlers after the append.
    @discardableResult
    func register(_ handler: @escaping RecoveryHandler) -> Int
    /// Number of registered handlers (handlers being run by a tick are not registered meanwhile).
    var count: Int { get }
    var isEmpty: Bool { get }
    /// Runs every handler once, without the lock, in registration order; evicts those that throw.
    /// Survivors are kept ahead of handlers registered during the tick.
    /// - Returns: the recovered indices, concatenated in run order.
    func tryRunAll() -> [UInt8]
}

/// One recovery routine run each tick by a `RecoveryRegistry` (spec §5).
///
/// Returns the slot indices it recovered this tick. Throwing is Swift's stand-in for upstream's
/// panic: the registry evicts the handler.
public typealias RecoveryHandler = @Sendable () throws -> [UInt8]

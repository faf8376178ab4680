/// Counts between two readings of one group, with how long the group was enabled and running.
///
/// Raw values are what the PMU counted while the group was scheduled. When the kernel multiplexed
/// the group (`isMultiplexed`), `scaled()` estimates the full-interval counts; nothing is scaled
/// unless asked.
package struct CounterDelta: Sendable, Equatable {
    /// Raw counts, one per opened event, in request order.
    package var values: [UInt64]
    /// Nanoseconds the group was enabled in the interval.
    package var timeEnabledNanoseconds: UInt64
    /// Nanoseconds the group was counting in the interval.
    package var timeRunningNanoseconds: UInt64

    /// Creates a delta from raw figures.
    package init(values: [UInt64], timeEnabledNanoseconds: UInt64, timeRunningNanoseconds: UInt64) {
        self.values = values
        self.timeEnabledNanoseconds = timeEnabledNanoseconds
        self.timeRunningNanoseconds = timeRunningNanoseconds
    }

    /// The interval the group was enabled.
    package var timeEnabled: Duration { .nanoseconds(Int64(clamping: timeEnabledNanoseconds)) }

    /// The interval the group was counting.
    package var timeRunning: Duration { .nanoseconds(Int64(clamping: timeRunningNanoseconds)) }

    /// Whether the group shared the PMU with others and ran for only part of the interval.
    package var isMultiplexed: Bool { timeRunningNanoseconds < timeEnabledNanoseconds }

    /// Fraction (0...1) of the enabled time the group was counting; 1 when no time passed.
    package var runningFraction: Double {
        timeEnabledNanoseconds == 0 ? 1 : Double(timeRunningNanoseconds) / Double(timeEnabledNanoseconds)
    }

    /// Values scaled to the whole enabled interval: `value × enabled / running`.
    ///
    /// - Returns: the raw values as `Double` when not multiplexed, the scaled estimates when
    ///   multiplexed, and nil when the group was enabled but never ran (nothing to scale from).
    package func scaled() -> [Double]? {
        guard isMultiplexed else { return values.map { Double($0) } }
        guard timeRunningNanoseconds > 0 else { return nil }
        let factor = Double(timeEnabledNanoseconds) / Double(timeRunningNanoseconds)
        return values.map { Double($0) * factor }
    }
}

import CPerf

/// One perf_event group counting the calling thread: opened together, enabled, disabled and reset
/// together, and read in one record so all values cover the same interval.
///
/// Events are encoded by libpfm4 (`EventEncoding.encode`), user space only unless asked. The first
/// event that opens is the leader and starts disabled; `enable()` starts the whole group.
/// Reading values and time fields are cumulative; `PERF_EVENT_IOC_RESET` zeroes values but not the
/// time fields, so measure with `read()` before and after and take `delta(since:)`.
///
/// Not `Sendable` on purpose: the kernel counts the thread that opened the group.
package struct CounterGroup: ~Copyable {
    /// The opened events, in request order; `Reading.values` follow this order.
    package let eventNames: [String]
    /// The requested events that could not be encoded or opened, each with its reason (empty for
    /// `init(events:)`, which fails instead).
    package let unavailable: [CounterError]

    /// Leader first, then members in request order.
    private let descriptors: [Int32]
    /// Preallocated read(2) target: `nr, time_enabled, time_running, value[nr]`.
    private let buffer: UnsafeMutableBufferPointer<UInt64>

    /// Opens every event in `events` as one group, or none.
    ///
    /// - Parameters:
    ///   - events: event names (generic perf names or any libpfm4 name).
    ///   - includesKernel: count kernel mode too; user space only by default.
    /// - Throws: the first event's `CounterError` (`.unknownEvent`, `.encodingFailed`,
    ///   `.libpfmUnavailable`, `.openFailed`); anything already opened is closed.
    package init(events: [String], includesKernel: Bool = false) throws(CounterError) {
        let encodings = try events.map { (name) throws(CounterError) in
            try EventEncoding.encode(name, includesKernel: includesKernel)
        }
        var opened: [Int32] = []
        for encoding in encodings {
            do {
                let descriptor = try EventDescriptor(opening: encoding, groupFD: opened.first ?? -1)
                opened.append(descriptor.takeDescriptorOwnership())
            } catch {
                Self.close(opened)
                throw error
            }
        }
        self.init(eventNames: events, unavailable: [], descriptors: opened)
    }

    /// Opens the subset of `events` that can be encoded and opened; the rest are listed in
    /// `unavailable` with their reasons. The group may end up empty; its readings then hold no values.
    ///
    /// - Parameters:
    ///   - events: event names (generic perf names or any libpfm4 name).
    ///   - includesKernel: count kernel mode too; user space only by default.
    package init(openingAvailableOf events: [String], includesKernel: Bool = false) {
        var opened: [Int32] = []
        var names: [String] = []
        var failures: [CounterError] = []
        for name in events {
            do {
                let encoding = try EventEncoding.encode(name, includesKernel: includesKernel)
                let descriptor = try EventDescriptor(opening: encoding, groupFD: opened.first ?? -1)
                opened.append(descriptor.takeDescriptorOwnership())
                names.append(name)
            } catch {
                failures.append(error)
            }
        }
        self.init(eventNames: names, unavailable: failures, descriptors: opened)
    }

    private init(eventNames: [String], unavailable: [CounterError], descriptors: [Int32]) {
        self.eventNames = eventNames
        self.unavailable = unavailable
        self.descriptors = descriptors
        buffer = .allocate(capacity: 3 + descriptors.count)
        buffer.initialize(repeating: 0)
    }

    deinit {
        if let leader = descriptors.first { _ = cperf_perf_event_disable_group(leader) }
        Self.close(descriptors)
        buffer.deallocate()
    }

    /// Starts counting on every event of the group.
    ///
    /// - Throws: `CounterError.controlFailed`.
    package func enable() throws(CounterError) {
        try control("enable", cperf_perf_event_enable_group)
    }

    /// Stops counting on every event of the group.
    ///
    /// - Throws: `CounterError.controlFailed`.
    package func disable() throws(CounterError) {
        try control("disable", cperf_perf_event_disable_group)
    }

    /// Zeroes every value of the group. The kernel keeps the time fields, so this does not replace deltas.
    ///
    /// - Throws: `CounterError.controlFailed`.
    package func reset() throws(CounterError) {
        try control("reset", cperf_perf_event_reset_group)
    }

    /// Reads every value and the group's times in one record.
    ///
    /// - Returns: values in `eventNames` order; an empty reading for an empty group.
    /// - Throws: `CounterError.readFailed` or `.malformedRead`.
    package func read() throws(CounterError) -> Reading {
        guard let leader = descriptors.first else {
            return Reading(values: [], timeEnabledNanoseconds: 0, timeRunningNanoseconds: 0)
        }
        let byteCount = try EventDescriptor.readGroup(leader, into: buffer)
        return try Reading(
            parsing: UnsafeBufferPointer(buffer), byteCount: byteCount, expectedEvents: descriptors.count
        )
    }

    private func control(_ operation: String, _ call: (Int32) -> Int32) throws(CounterError) {
        guard let leader = descriptors.first else { return }
        let rc = call(leader)
        if rc < 0 { throw .controlFailed(operation: operation, errno: -rc) }
    }

    /// Closes members before the leader, as the kernel tears a group down from its leader.
    private static func close(_ descriptors: [Int32]) {
        for fd in descriptors.reversed() { _ = cperf_perf_event_close(fd) }
    }
}

@available(*, unavailable, message: "the kernel counts the thread that opened the group")
extension CounterGroup: Sendable {}

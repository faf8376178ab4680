extension CounterGroup {
    /// One read of a group: cumulative values in request order plus the group's enabled and running times.
    ///
    /// Values and times are cumulative since open (time fields even survive `reset()`), so compare two
    /// readings with `delta(since:)`.
    package struct Reading: Sendable, Equatable {
        /// Cumulative counts, one per opened event, in the order the events were requested.
        package var values: [UInt64]
        /// Nanoseconds the group was enabled since open.
        package var timeEnabledNanoseconds: UInt64
        /// Nanoseconds the group was actually on the PMU since open (below enabled when multiplexed).
        package var timeRunningNanoseconds: UInt64

        /// Creates a reading from raw figures.
        package init(values: [UInt64], timeEnabledNanoseconds: UInt64, timeRunningNanoseconds: UInt64) {
            self.values = values
            self.timeEnabledNanoseconds = timeEnabledNanoseconds
            self.timeRunningNanoseconds = timeRunningNanoseconds
        }

        /// Parses a `PERF_FORMAT_GROUP | TOTAL_TIME_ENABLED | TOTAL_TIME_RUNNING` record:
        /// `nr, time_enabled, time_running, value[nr]`, all native-endian u64.
        ///
        /// - Parameters:
        ///   - words: the buffer read(2) filled.
        ///   - byteCount: how many bytes read(2) returned.
        ///   - expectedEvents: how many events the group holds.
        /// - Throws: `CounterError.malformedRead` when the record is short or holds another event count.
        package init(
            parsing words: UnsafeBufferPointer<UInt64>, byteCount: Int, expectedEvents: Int
        ) throws(CounterError) {
            let wordCount = min(byteCount / MemoryLayout<UInt64>.size, words.count)
            guard wordCount >= 3 else {
                throw .malformedRead(expectedEvents: expectedEvents, foundEvents: 0, bytes: byteCount)
            }
            let found = Int(clamping: words[0])
            guard found == expectedEvents, wordCount >= 3 + found,
                byteCount == (3 + found) * MemoryLayout<UInt64>.size
            else {
                throw .malformedRead(expectedEvents: expectedEvents, foundEvents: found, bytes: byteCount)
            }
            self.init(
                values: Array(words[3..<(3 + found)]),
                timeEnabledNanoseconds: words[1],
                timeRunningNanoseconds: words[2]
            )
        }

        /// What changed between `earlier` and this reading.
        package func delta(since earlier: Reading) -> CounterDelta {
            CounterDelta(
                values: zip(values, earlier.values).map { $0 &- $1 },
                timeEnabledNanoseconds: timeEnabledNanoseconds &- earlier.timeEnabledNanoseconds,
                timeRunningNanoseconds: timeRunningNanoseconds &- earlier.timeRunningNanoseconds
            )
        }
    }
}

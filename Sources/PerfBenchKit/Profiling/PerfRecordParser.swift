/// One `PERF_RECORD_SAMPLE` as the sampling event records it (`PERF_SAMPLE_IP | TID | CALLCHAIN`).
package struct RawSample: Sendable, Equatable {
    /// The sampled instruction pointer.
    package var ip: UInt64
    /// Process id.
    package var pid: UInt32
    /// Thread id.
    package var tid: UInt32
    /// The user-space callchain, innermost first, with the kernel's context markers removed:
    /// the sampled address, then return addresses.
    package var callchain: [UInt64]

    /// A sample with the given fields.
    package init(ip: UInt64, pid: UInt32, tid: UInt32, callchain: [UInt64]) {
        self.ip = ip
        self.pid = pid
        self.tid = tid
        self.callchain = callchain
    }
}

/// What a stretch of ring-buffer records held: samples, and everything that says samples are missing.
package struct PerfRecords: Sendable, Equatable {
    /// The samples, in ring order.
    package var samples: [RawSample] = []
    /// Samples the kernel dropped because the ring was full (sum of `PERF_RECORD_LOST.lost`).
    package var lostSamples: UInt64 = 0
    /// `PERF_RECORD_LOST` records seen.
    package var lostRecords = 0
    /// `PERF_RECORD_THROTTLE` records: the kernel lowered the sampling rate (too many interrupts).
    package var throttleRecords = 0
    /// `PERF_RECORD_UNTHROTTLE` records.
    package var unthrottleRecords = 0
    /// Records whose header or body did not fit their declared size (skipped, counted here).
    package var truncatedRecords = 0
    /// Bytes after the last whole record (a header promising more than was there).
    package var truncatedBytes = 0
    /// Records of other types (mmap, comm, ...), skipped.
    package var otherRecords = 0

    /// An empty tally.
    package init() {}

    /// Adds `other`'s samples and counts to these.
    package mutating func append(_ other: PerfRecords) {
        samples += other.samples
        lostSamples += other.lostSamples
        lostRecords += other.lostRecords
        throttleRecords += other.throttleRecords
        unthrottleRecords += other.unthrottleRecords
        truncatedRecords += other.truncatedRecords
        truncatedBytes += other.truncatedBytes
        otherRecords += other.otherRecords
    }
}

/// Reads the perf_event ring buffer's record stream (`include/uapi/linux/perf_event.h`).
///
/// Engine-independent: it takes bytes, so synthetic buffers test wrap-around, lost and truncated
/// records without a kernel.
package enum PerfRecordParser {
    /// `PERF_RECORD_LOST`.
    package static let recordLost: UInt32 = 2
    /// `PERF_RECORD_THROTTLE`.
    package static let recordThrottle: UInt32 = 5
    /// `PERF_RECORD_UNTHROTTLE`.
    package static let recordUnthrottle: UInt32 = 6
    /// `PERF_RECORD_SAMPLE`.
    package static let recordSample: UInt32 = 9
    /// `PERF_CONTEXT_MAX` (-4095): callchain entries at or above it are context markers
    /// (`PERF_CONTEXT_USER`, `PERF_CONTEXT_KERNEL`, ...), not addresses.
    package static let contextMarkerFloor = UInt64(bitPattern: -4095)

    /// The unread bytes `[tail, head)` of a ring whose data area is `data` (a power-of-two size),
    /// copied out in order: a record that wraps past the end of the area comes out whole.
    ///
    /// `head` and `tail` are the free-running byte counts of `perf_event_mmap_page`. When
    /// `head - tail` exceeds the area (which a reader that fell behind could see), only the last
    /// `data.count` bytes are taken.
    package static func unreadBytes(data: UnsafeRawBufferPointer, tail: UInt64, head: UInt64) -> [UInt8] {
        let size = UInt64(data.count)
        guard size > 0, head > tail else { return [] }
        let length = min(head - tail, size)
        let start = Int((head - length) % size)
        let first = min(Int(length), data.count - start)
        var bytes = [UInt8](data[start..<(start + first)])
        if first < Int(length) {
            bytes += data[0..<(Int(length) - first)]
        }
        return bytes
    }

    /// Parses whole records from `bytes`, in order.
    ///
    /// A header whose size is below 8 bytes or beyond the bytes left ends the parse and is counted in
    /// `truncatedBytes`; a sample whose body is shorter than its callchain says is counted in
    /// `truncatedRecords` and skipped.
    package static func parse(_ bytes: [UInt8]) -> PerfRecords {
        var records = PerfRecords()
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                guard buffer.count - offset >= 8 else {
                    records.truncatedBytes += buffer.count - offset
                    break
                }
                let type = load(UInt32.self, buffer, offset)
                let size = Int(load(UInt16.self, buffer, offset + 6))
                guard size >= 8, size <= buffer.count - offset else {
                    records.truncatedBytes += buffer.count - offset
                    break
                }
                let body = UnsafeRawBufferPointer(rebasing: buffer[(offset + 8)..<(offset + size)])
                switch type {
                case recordSample:
                    if let sample = parseSample(body) {
                        records.samples.append(sample)
                    } else {
                        records.truncatedRecords += 1
                    }
                case recordLost:
                    // struct { u64 id; u64 lost; }
                    if body.count >= 16 {
                        records.lostRecords += 1
                        records.lostSamples += load(UInt64.self, body, 8)
                    } else {
                        records.truncatedRecords += 1
                    }
                case recordThrottle: records.throttleRecords += 1
                case recordUnthrottle: records.unthrottleRecords += 1
                default: records.otherRecords += 1
                }
                offset += size
            }
        }
        return records
    }

    /// `{ u64 ip; u32 pid, tid; u64 nr; u64 ips[nr]; }`, nil when the body is shorter than that.
    static func parseSample(_ body: UnsafeRawBufferPointer) -> RawSample? {
        guard body.count >= 24 else { return nil }
        let ip = load(UInt64.self, body, 0)
        let pid = load(UInt32.self, body, 8)
        let tid = load(UInt32.self, body, 12)
        let count = load(UInt64.self, body, 16)
        guard count <= UInt64((body.count - 24) / 8) else { return nil }
        var callchain: [UInt64] = []
        callchain.reserveCapacity(Int(count))
        for index in 0..<Int(count) {
            let address = load(UInt64.self, body, 24 + index * 8)
            if address < contextMarkerFloor { callchain.append(address) }
        }
        return RawSample(ip: ip, pid: pid, tid: tid, callchain: callchain)
    }

    private static func load<T: FixedWidthInteger>(_ type: T.Type, _ buffer: UnsafeRawBufferPointer, _ offset: Int) -> T
    {
        T(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: T.self))
    }
}

/// The length-prefixed framing of causal events (spec §4.4): per event a `UInt32` LE total of
/// `32 + payload.count`, the 32 link bytes, then the payload.
public enum CausalWireFormat {
    /// What `write` did.
    public struct WriteResult: Sendable, Equatable {
        /// Bytes appended to the buffer.
        public var bytesWritten: Int
        /// Events serialized; use this, not the input count, as the framing count.
        public var eventsWritten: Int
        /// Events whose size does not fit the `UInt32` prefix.
        public var eventsSkipped: Int

        public init(bytesWritten: Int, eventsWritten: Int, eventsSkipped: Int) {
            self.bytesWritten = bytesWritten
            self.eventsWritten = eventsWritten
            self.eventsSkipped = eventsSkipped
        }
    }

    /// Appends every event that fits the `UInt32` length prefix to `buffer`; skips and counts the rest.
    public static func write(_ events: [CausalEvent], into buffer: inout [UInt8]) -> WriteResult {
        let start = buffer.count
        var written = 0
        var skipped = 0
        for event in events {
            guard let total = UInt32(exactly: CausalLink.byteCount + event.payload.count) else {
                skipped += 1
                continue
            }
            withUnsafeBytes(of: total.littleEndian) { buffer.append(contentsOf: $0) }
            event.link.withUnsafeWireBytes { buffer.append(contentsOf: $0) }
            buffer.append(contentsOf: event.payload)
            written += 1
        }
        return WriteResult(bytesWritten: buffer.count - start, eventsWritten: written, eventsSkipped: skipped)
    }

    /// Parses up to `count` events from `data`, stopping at the first malformed entry (short length
    /// prefix, total below 32, or total beyond the data). Each parsed event is stamped with `clock`.
    public static func read(_ data: [UInt8], count: Int, clock: WallClock = .system) -> [CausalEvent] {
        var events: [CausalEvent] = []
        var cursor = 0
        for _ in 0..<max(count, 0) {
            guard data.count - cursor >= 4 else { break }
            var total = 0
            for offset in 0..<4 {
                total |= Int(data[cursor + offset]) << (8 * offset)
            }
            cursor += 4
            guard total >= CausalLink.byteCount, data.count - cursor >= total,
                let link = CausalLink.fromBytes(data[cursor..<(cursor + CausalLink.byteCount)])
            else { break }
            let payload = Array(data[(cursor + CausalLink.byteCount)..<(cursor + total)])
            cursor += total
            events.append(CausalEvent(link: link, payload: payload, receivedAt: clock.nanosecondsSinceEpoch()))
        }
        return events
    }
}

import CPerf

#if canImport(Glibc)
import Glibc
#endif

/// How often a sampling event takes a sample.
package enum SamplingRate: Sendable, Equatable, CustomStringConvertible {
    /// One sample every `n` occurrences of the event (nanoseconds for the software clocks).
    case period(UInt64)
    /// About `n` samples per second of the thread's running time.
    case frequency(UInt64)

    /// `every 250000 events` or `at 4000 Hz`.
    package var description: String {
        switch self {
        case .period(let period): "every \(period) events"
        case .frequency(let hertz): "at \(hertz) Hz"
        }
    }
}

/// The value and times of a sampling event, read with `read(2)`.
package struct SamplingCount: Sendable, Equatable {
    /// Events counted while enabled (nanoseconds for `cpu-clock` and `task-clock`).
    package var value: UInt64
    /// Nanoseconds the event was enabled.
    package var enabledNanoseconds: UInt64
    /// Nanoseconds the event was enabled and scheduled on the PMU (or the software clock).
    package var runningNanoseconds: UInt64

    /// A count from its parts (package-visible for tests).
    package init(
        value: UInt64, enabledNanoseconds: UInt64, runningNanoseconds: UInt64
    ) {
        self.value = value
        self.enabledNanoseconds = enabledNanoseconds
        self.runningNanoseconds = runningNanoseconds
    }
}

/// The sole owner of one sampling perf_event fd and its mapped ring buffer.
///
/// Samples the calling thread only (user space, user callchains), from when `enable()` is called to
/// `disable()`; `drain()` takes every whole record the kernel has written and hands the space back.
/// The fd is closed and the ring unmapped in `deinit`.
package final class SamplingEvent {
    /// The encoding that was opened.
    package let encoding: EventEncoding
    /// The rate asked for.
    package let rate: SamplingRate
    /// Data pages in the ring (a power of two).
    package let dataPages: UInt32
    private let fd: Int32
    private let base: UnsafeMutableRawPointer

    /// Opens `encoding` for sampling on the calling thread, disabled, and maps its ring buffer,
    /// halving the ring from `dataPages` while the mlock limit refuses it.
    ///
    /// - Throws: `CounterError.openFailed` (with the errno and paranoid level) when the event does
    ///   not open; `.controlFailed("mmap", errno)` when no ring size maps.
    package init(_ encoding: EventEncoding, rate: SamplingRate, dataPages: UInt32 = 128) throws(CounterError) {
        var spec = encoding.spec
        let period: UInt64
        switch rate {
        case .period(let value): period = value
        case .frequency(let value): period = value
        }
        let rc = cperf_sampling_open(&spec, period, rate.isFrequency ? 1 : 0)
        guard rc >= 0 else {
            throw .openFailed(
                name: encoding.name, errno: -rc, isHardware: encoding.isHardware, paranoid: PerfEventParanoid.current())
        }
        var pages = dataPages
        var mapped: UnsafeMutableRawPointer?
        var mapError: Int32 = 0
        while pages >= 1 {
            let mapRC = cperf_sampling_map(rc, pages, &mapped)
            if mapRC == 0 { break }
            mapError = -mapRC
            // EPERM: over perf_event_mlock_kb for an unprivileged user; a smaller ring may fit.
            guard mapError == EPERM || mapError == ENOMEM else { break }
            pages /= 2
        }
        guard let mapped else {
            _ = cperf_perf_event_close(rc)
            throw .controlFailed(operation: "mmap", errno: mapError)
        }
        self.encoding = encoding
        self.rate = rate
        self.dataPages = pages
        self.fd = rc
        self.base = mapped
    }

    deinit {
        _ = cperf_sampling_disable(fd)
        _ = cperf_sampling_unmap(base, dataPages)
        _ = cperf_perf_event_close(fd)
    }

    /// Starts sampling (`PERF_EVENT_IOC_ENABLE`).
    ///
    /// - Throws: `CounterError.controlFailed`.
    package func enable() throws(CounterError) {
        let rc = cperf_sampling_enable(fd)
        if rc < 0 { throw .controlFailed(operation: "enable", errno: -rc) }
    }

    /// Stops sampling (`PERF_EVENT_IOC_DISABLE`).
    ///
    /// - Throws: `CounterError.controlFailed`.
    package func disable() throws(CounterError) {
        let rc = cperf_sampling_disable(fd)
        if rc < 0 { throw .controlFailed(operation: "disable", errno: -rc) }
    }

    /// The event's count and times since it was opened (they only grow).
    ///
    /// - Throws: `CounterError.readFailed`.
    package func read() throws(CounterError) -> SamplingCount {
        var values: (UInt64, UInt64, UInt64) = (0, 0, 0)
        let rc = withUnsafeMutableBytes(of: &values) {
            cperf_sampling_read(fd, $0.baseAddress!.assumingMemoryBound(to: UInt64.self))
        }
        if rc < 0 { throw .readFailed(errno: -rc) }
        return SamplingCount(value: values.0, enabledNanoseconds: values.1, runningNanoseconds: values.2)
    }

    /// The calling thread's kernel id: the `tid` of the samples it takes.
    package static var callingThreadID: UInt32 {
        UInt32(truncatingIfNeeded: cperf_sampling_thread_id())
    }

    /// Every whole record written since the last drain; the space is handed back to the kernel.
    package func drain() -> PerfRecords {
        var position = cperf_ring_position()
        cperf_sampling_position(base, &position)
        let pageSize = UInt64(max(cperf_sampling_page_size(), 4096))
        // Kernels before 4.1 leave data_offset and data_size 0: the data follow the first page.
        let offset = position.data_size == 0 ? pageSize : position.data_offset
        let size = position.data_size == 0 ? pageSize * UInt64(dataPages) : position.data_size
        let data = UnsafeRawBufferPointer(start: base.advanced(by: Int(offset)), count: Int(size))
        let bytes = PerfRecordParser.unreadBytes(data: data, tail: position.tail, head: position.head)
        let records = PerfRecordParser.parse(bytes)
        cperf_sampling_release(base, position.head)
        return records
    }
}

extension SamplingRate {
    var isFrequency: Bool {
        if case .frequency = self { true } else { false }
    }
}

import CPerf

#if canImport(Glibc)
import Glibc
#endif

/// The sole owner of one perf_event file descriptor.
///
/// Closes the fd in `deinit`; `close()` closes it and reports the error, and
/// `takeDescriptorOwnership()` moves the raw fd out (to a `CounterGroup`).
package struct EventDescriptor: ~Copyable {
    private var fd: Int32

    /// Opens `encoding` for the calling thread as the leader of a new group; it starts disabled.
    ///
    /// - Throws: `CounterError.openFailed` with the errno and the paranoid level at the time, or
    ///   `.kernelModeDenied` when counting the kernel is what was refused.
    package init(openingLeader encoding: EventEncoding) throws(CounterError) {
        try self.init(opening: encoding, groupFD: -1)
    }

    /// Opens `encoding` for the calling thread as a member of `leader`'s group; it follows the leader.
    ///
    /// - Throws: `CounterError.openFailed` with the errno and the paranoid level at the time.
    package init(opening encoding: EventEncoding, inGroupOf leader: borrowing EventDescriptor) throws(CounterError) {
        try self.init(opening: encoding, groupFD: leader.fd)
    }

    init(opening encoding: EventEncoding, groupFD: Int32) throws(CounterError) {
        var spec = encoding.spec
        let rc = cperf_perf_event_open(&spec, groupFD, groupFD < 0 ? 1 : 0)
        guard rc >= 0 else {
            let errno = -rc
            if !encoding.excludesKernel, errno == EACCES || errno == EPERM {
                throw .kernelModeDenied(name: encoding.name, errno: errno, paranoid: PerfEventParanoid.current())
            }
            throw .openFailed(
                name: encoding.name, errno: -rc, isHardware: encoding.isHardware,
                paranoid: PerfEventParanoid.current()
            )
        }
        fd = rc
    }

    deinit {
        if fd >= 0 { _ = cperf_perf_event_close(fd) }
    }

    /// Reads this fd's group record (leader only) into `buffer`; retries EINTR.
    ///
    /// - Returns: the number of bytes the kernel wrote.
    /// - Throws: `CounterError.readFailed`.
    package borrowing func readGroup(into buffer: UnsafeMutableBufferPointer<UInt64>) throws(CounterError) -> Int {
        try Self.readGroup(fd, into: buffer)
    }

    /// Reads `leader`'s group record into `buffer`: the one place the measurement layer retries
    /// `EINTR`. A signal landing during read(2) interrupts the call, not the counting, so the read
    /// is simply repeated; the ioctls and close(2) are never retried (Linux releases the fd even
    /// when close reports EINTR).
    ///
    /// - Returns: the number of bytes the kernel wrote.
    /// - Throws: `CounterError.readFailed` with any other errno.
    static func readGroup(
        _ leader: Int32, into buffer: UnsafeMutableBufferPointer<UInt64>
    ) throws(CounterError) -> Int {
        while true {
            let rc = cperf_perf_event_read_group(leader, buffer.baseAddress, buffer.count)
            if rc >= 0 { return Int(rc) }
            if rc != -Int64(EINTR) { throw .readFailed(errno: Int32(-rc)) }
        }
    }

    /// Closes the fd, reporting the close error instead of dropping it.
    ///
    /// - Throws: `CounterError.closeFailed`.
    package consuming func close() throws(CounterError) {
        let descriptor = takeDescriptorOwnership()
        let rc = cperf_perf_event_close(descriptor)
        if rc < 0 { throw .closeFailed(errno: -rc) }
    }

    /// Moves the raw fd out; the caller now owns (and must close) it.
    consuming func takeDescriptorOwnership() -> Int32 {
        let descriptor = fd
        fd = -1
        return descriptor
    }
}

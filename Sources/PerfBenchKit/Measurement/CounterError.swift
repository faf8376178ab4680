/// Why a counter could not be encoded, opened or read.
///
/// Descriptions are one line naming the event, what failed, why, and the errno or libpfm symbol,
/// e.g. `event 'cycles' unavailable: no hardware PMU on this host (ENOENT)`.
package enum CounterError: Error, Equatable, Sendable, CustomStringConvertible {
    /// libpfm4 does not know the name (`PFM_ERR_NOTFOUND`).
    case unknownEvent(name: String)
    /// libpfm4 knows the name but could not encode it (bad unit mask, attribute, ...).
    case encodingFailed(name: String, pfmCode: Int32, pfmMessage: String)
    /// libpfm4 is missing from this build or failed to initialize.
    case libpfmUnavailable(pfmCode: Int32, pfmMessage: String)
    /// perf_event_open failed. `isHardware` says the event needs a PMU; `paranoid` is
    /// `/proc/sys/kernel/perf_event_paranoid` read when the failure happened.
    case openFailed(name: String, errno: Int32, isHardware: Bool, paranoid: Int?)
    /// perf_event_open refused to count kernel mode (EACCES/EPERM) for an event that includes it:
    /// for a `KernelSideEvents` name, the only way it counts anything.
    case kernelModeDenied(name: String, errno: Int32, paranoid: Int?)
    /// An enable, disable or reset ioctl on the group failed.
    case controlFailed(operation: String, errno: Int32)
    /// read(2) of the group failed.
    case readFailed(errno: Int32)
    /// The group record did not have the expected shape.
    case malformedRead(expectedEvents: Int, foundEvents: Int, bytes: Int)
    /// close(2) failed.
    case closeFailed(errno: Int32)

    /// The event name the error is about, when it is about one.
    package var eventName: String? {
        switch self {
        case .unknownEvent(let name), .encodingFailed(let name, _, _), .openFailed(let name, _, _, _),
            .kernelModeDenied(let name, _, _):
            name
        default: nil
        }
    }

    /// One line: the subject, what failed, why, and the errno or libpfm symbol.
    package var description: String {
        switch self {
        case .unknownEvent(let name): "event '\(name)' unknown: \(reason)"
        case .encodingFailed(let name, _, _): "event '\(name)' cannot be encoded: \(reason)"
        case .libpfmUnavailable: "libpfm4 unavailable: \(reason)"
        case .openFailed(let name, _, _, _), .kernelModeDenied(let name, _, _): "event '\(name)' unavailable: \(reason)"
        case .controlFailed(let operation, _): "counter group \(operation) failed: \(reason)"
        case .readFailed: "counter group read failed: \(reason)"
        case .malformedRead: "counter group read malformed: \(reason)"
        case .closeFailed: "counter close failed: \(reason)"
        }
    }

    /// Why, without the subject: e.g. `no hardware PMU on this host (ENOENT)`.
    package var reason: String {
        switch self {
        case .unknownEvent:
            return "libpfm4 cannot encode it (PFM_ERR_NOTFOUND)"
        case .encodingFailed(_, let code, let message), .libpfmUnavailable(let code, let message):
            return "\(message) (\(Self.pfmSymbol(code)))"
        case .openFailed(_, let errno, let isHardware, let paranoid):
            let reason = Self.openReason(errno: errno, isHardware: isHardware, paranoid: paranoid)
            return "\(reason) (\(ErrnoName.symbol(errno)))"
        case .kernelModeDenied(let name, let errno, let paranoid):
            let level = paranoid.map { "perf_event_paranoid is \($0)" } ?? "perf_event_paranoid unreadable"
            let what =
                KernelSideEvents.countsOnlyInKernel(name)
                ? "it counts kernel work only, and counting the kernel is not permitted here"
                : "counting the kernel is not permitted here"
            return "\(what) (\(level), no CAP_PERFMON) (\(ErrnoName.symbol(errno)))"
        case .controlFailed(_, let errno), .readFailed(let errno), .closeFailed(let errno):
            return ErrnoName.symbol(errno)
        case .malformedRead(let expected, let found, let bytes):
            return "\(found) events in \(bytes) bytes, expected \(expected)"
        }
    }

    private static func openReason(errno: Int32, isHardware: Bool, paranoid: Int?) -> String {
        let paranoidText = paranoid.map { "perf_event_paranoid is \($0)" } ?? "perf_event_paranoid unreadable"
        switch ErrnoName.symbol(errno) {
        case "ENOENT" where isHardware: return "no hardware PMU on this host"
        case "ENOENT": return "event not supported by this kernel"
        case "EACCES", "EPERM": return "permission denied, \(paranoidText)"
        case "ENODEV", "EOPNOTSUPP": return isHardware ? "the PMU does not support this event" : "event not supported"
        case "EINVAL": return "invalid event attributes for this kernel or PMU"
        case "EMFILE", "ENFILE": return "too many open files"
        case "ENOSYS": return "perf_event_open not available"
        case "EBUSY": return "the PMU is in exclusive use"
        default: return "perf_event_open failed"
        }
    }

    private static func pfmSymbol(_ code: Int32) -> String {
        switch code {
        case -1: "PFM_ERR_NOTSUPP"
        case -2: "PFM_ERR_INVAL"
        case -3: "PFM_ERR_NOINIT"
        case -4: "PFM_ERR_NOTFOUND"
        case -5: "PFM_ERR_FEATCOMB"
        case -6: "PFM_ERR_UMASK"
        case -7: "PFM_ERR_NOMEM"
        case -8: "PFM_ERR_ATTR"
        case -9: "PFM_ERR_ATTR_VAL"
        case -10: "PFM_ERR_ATTR_SET"
        case -11: "PFM_ERR_TOOMANY"
        case -12: "PFM_ERR_TOOSMALL"
        case -38: "ENOSYS"
        default: "libpfm error \(code)"
        }
    }
}

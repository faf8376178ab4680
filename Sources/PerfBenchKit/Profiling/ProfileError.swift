/// Why a profile could not be taken, read or written.
package enum ProfileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A folded-stack file has a line that is not `frame;frame count`.
    case malformedFolded(source: String, line: Int, reason: String)
    /// A file could not be read.
    case unreadable(path: String, reason: String)
    /// An output file or directory could not be written.
    case unwritable(path: String, reason: String)
    /// The case argument matches no case, or more than one.
    case caseSelection(String)
    /// `--event` names something libpfm4 cannot encode.
    case unknownEvent(CounterError)
    /// Neither the requested event nor any software fallback could be opened for sampling.
    case noSamplingEvent([String])
    /// mmap, ioctl or read on the sampling event failed.
    case samplingFailed(operation: String, errno: Int32)
    /// libdwfl could not report the process's modules.
    case symbolsUnavailable(String)
    /// `--engine callgrind` where valgrind cannot run.
    case valgrindUnavailable(String)
    /// The callgrind child failed or wrote no usable dump.
    case callgrindFailed(String)
    /// A case that runs more than one thread: callgrind cannot count it deterministically.
    case multithreadedCase(String)

    /// One line: the subject, what failed, why, and the errno symbol where there is one.
    package var description: String {
        switch self {
        case .malformedFolded(let source, let line, let reason): "\(source):\(line): not a folded stack: \(reason)"
        case .unreadable(let path, let reason): "\(path): cannot be read: \(reason)"
        case .unwritable(let path, let reason): "\(path): cannot be written: \(reason)"
        case .caseSelection(let reason): reason
        case .unknownEvent(let error): "--event: \(error)"
        case .noSamplingEvent(let reasons): "no sampling event opens here (\(reasons.joined(separator: "; ")))"
        case .samplingFailed(let operation, let errno):
            "sampling event \(operation) failed (\(ErrnoName.symbol(errno)))"
        case .symbolsUnavailable(let reason): "symbols unavailable: \(reason)"
        case .valgrindUnavailable(let reason): "callgrind profile: valgrind unavailable: \(reason)"
        case .callgrindFailed(let reason): "callgrind profile: \(reason)"
        case .multithreadedCase(let caseID):
            "case '\(caseID)' runs two threads: callgrind gives no deterministic profile of it; use --engine sample"
        }
    }

    /// Whether the fault is in the command line (exit 64) rather than the input or the host.
    package var isUsageError: Bool {
        switch self {
        case .caseSelection, .unknownEvent, .multithreadedCase: true
        default: false
        }
    }

    /// Whether the fault is an input file that is missing or malformed.
    package var isInputError: Bool {
        switch self {
        case .malformedFolded, .unreadable: true
        default: false
        }
    }
}

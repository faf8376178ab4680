/// Why a callgrind client request could not be issued.
package enum CallgrindError: Error, Equatable, Sendable, CustomStringConvertible {
    /// CPerf was built without `<valgrind/callgrind.h>`.
    case clientRequestsNotBuiltIn(request: String)

    /// One line: the subject, what failed, why, and the errno or libpfm symbol.
    package var description: String {
        switch self {
        case .clientRequestsNotBuiltIn(let request):
            "callgrind \(request) unavailable: CPerf was built without valgrind headers (ENOSYS)"
        }
    }
}

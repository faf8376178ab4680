import ArgumentParser

/// The only place where outcomes become process exit codes (sysexits where they apply).
enum ExitStatus {
    /// Everything passed.
    static let pass = ExitCode(0)
    /// The gate found a regression.
    static let regression = ExitCode(1)
    /// Inconclusive: too noisy, a required capability missing, a debug build.
    static let inconclusive = ExitCode(2)
    /// Bad usage, unknown event names included (argument-parser's validationFailure).
    static let usage = ExitCode(64)
    /// Malformed or schema-mismatched results (EX_DATAERR).
    static let dataError = ExitCode(65)
    /// Missing input such as the baseline (EX_NOINPUT).
    static let noInput = ExitCode(66)
    /// A broken internal invariant, e.g. legacy and fixed outputs disagree (EX_SOFTWARE).
    static let software = ExitCode(70)
}

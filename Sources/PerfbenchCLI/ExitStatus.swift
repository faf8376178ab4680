import ArgumentParser
import Foundation
import PerfBenchKit

/// The only place where outcomes become process exit codes (sysexits where they apply).
package enum ExitStatus {
    /// Everything passed.
    package static let pass = ExitCode(0)
    /// The gate found a regression.
    package static let regression = ExitCode(1)
    /// Inconclusive: too noisy, a required capability missing, a debug build, or two documents
    /// whose exact figures count different workloads.
    package static let inconclusive = ExitCode(2)
    /// The legacy side (the "before") moved against the baseline: re-accept it or find why.
    package static let baselineMoved = ExitCode(3)
    /// Bad usage, unknown event names included (argument-parser's validationFailure).
    package static let usage = ExitCode(64)
    /// Malformed or schema-mismatched results (EX_DATAERR).
    package static let dataError = ExitCode(65)
    /// Missing input such as the baseline (EX_NOINPUT).
    package static let noInput = ExitCode(66)
    /// A broken internal invariant, e.g. legacy and fixed outputs disagree (EX_SOFTWARE).
    package static let software = ExitCode(70)
    /// An output file or directory could not be created (EX_CANTCREAT).
    package static let cannotCreate = ExitCode(73)

    /// The exit status of a gate run.
    package static func code(for outcome: GateOutcome) -> ExitCode {
        switch outcome {
        case .pass: return pass
        case .regression: return regression
        case .baselineMoved: return baselineMoved
        case .inconclusive: return inconclusive
        }
    }

    /// The exit status for an error a command could not recover from.
    package static func code(for error: any Error) -> ExitCode {
        switch error {
        case let error as ResultsError:
            switch error {
            case .missingFile, .unreadable: return noInput
            case .malformed, .schemaMismatch: return dataError
            case .unwritable: return cannotCreate
            case .unencodable: return software
            }
        case is ReportError: return cannotCreate
        case is ExportError, is ChangePointError: return dataError
        case let error as HistoryError:
            switch error {
            case .notADirectory, .noResults: return noInput
            case .unwritable: return cannotCreate
            }
        case is ToleranceError, is ValidationError: return usage
        case is GateRefusal: return inconclusive
        case let error as RunPipeline.Failure: return error.isUsageError ? usage : inconclusive
        case is CaseFailure: return software
        case let exit as ExitCode: return exit
        default: return software
        }
    }

    /// Runs a command body, turning a thrown error into its one-line reason on stderr and its exit
    /// status, and a non-zero returned status into a thrown `ExitCode`.
    package static func run(_ body: () throws -> ExitCode) throws {
        let status: ExitCode
        do {
            status = try body()
        } catch let exit as ExitCode {
            throw exit
        } catch {
            FileHandle.standardError.write(Data("Error: \(error)\n".utf8))
            throw code(for: error)
        }
        if status != pass { throw status }
    }
}

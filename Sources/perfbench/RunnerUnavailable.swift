/// `perfbench check` was asked to run the cases itself, but this build has no runner wired in.
struct RunnerUnavailable: Error, CustomStringConvertible {
    var description: String {
        "check: running the cases is not available in this build: run `perfbench run --output F` and pass --current F"
    }
}

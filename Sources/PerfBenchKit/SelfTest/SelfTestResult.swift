/// What the gate's self-test measured on one host: how often unchanged code failed, and the
/// smallest injected regression each case detects. Written by `perfbench check --self-test`.
package struct SelfTestResult: Codable, Sendable, Equatable {
    package var createdAt: String
    package var host: HostDescription
    /// Whether the baseline came from this host identity (else no time or ratio is judged).
    package var sameHostAsBaseline: Bool
    /// A/A runs of unchanged code (each a full gate, retries and pooling included).
    package var aaRuns: Int
    /// Injected time per event, as fractions of each case's baseline fixed time.
    package var timeSteps: [Double]
    /// Injected work, in iterations per event of a dependent multiply-add.
    package var workSteps: [Int]
    package var cases: [SelfTestCase]

    enum CodingKeys: String, CodingKey {
        case createdAt = "created_at"
        case host
        case sameHostAsBaseline = "same_host_as_baseline"
        case aaRuns = "aa_runs"
        case timeSteps = "time_steps"
        case workSteps = "work_steps"
        case cases
    }
}

/// One case's self-test figures.
package struct SelfTestCase: Codable, Sendable, Equatable {
    package var id: String
    package var items: [Int]
    /// A/A runs that failed unchanged code (regressed or moved), and the rules that fired.
    package var falseAlarms: Int
    package var falseAlarmRules: [String]
    /// A/A runs that ended inconclusive.
    package var inconclusive: Int
    /// Per time step, whether the gate failed the perturbed run.
    package var timeDetected: [Bool]
    /// Why time is not judged for this case here, when it is not.
    package var timeNotJudged: String?
    /// Per work step, the instructions per event it added (measured by callgrind) and whether detected.
    package var instructionsInjected: [Double]
    package var instructionsDetected: [Bool]
    /// Whether one extra allocation per event failed the gate; nil when allocations were not counted.
    package var allocationDetected: Bool?

    /// The smallest time step detected together with every larger one, as a fraction; nil: none.
    package func timeMDE(steps: [Double]) -> Double? {
        Self.smallestDetected(steps, timeDetected)
    }

    /// The smallest injected instruction count detected together with every larger one; nil: none.
    package var instructionMDE: Double? {
        Self.smallestDetected(instructionsInjected, instructionsDetected)
    }

    package static func smallestDetected(_ sizes: [Double], _ detected: [Bool]) -> Double? {
        let ordered = zip(sizes, detected).sorted { $0.0 < $1.0 }
        guard let firstMissed = ordered.lastIndex(where: { !$0.1 }) else { return ordered.first?.0 }
        return firstMissed + 1 < ordered.count ? ordered[firstMissed + 1].0 : nil
    }

    enum CodingKeys: String, CodingKey {
        case id, items
        case falseAlarms = "false_alarms"
        case falseAlarmRules = "false_alarm_rules"
        case inconclusive
        case timeDetected = "time_detected"
        case timeNotJudged = "time_not_judged"
        case instructionsInjected = "instructions_injected"
        case instructionsDetected = "instructions_detected"
        case allocationDetected = "allocation_detected"
    }
}

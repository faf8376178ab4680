/// What the gate's self-test measured on one host: how often unchanged code failed, and the
/// smallest injected regression each case detects. Written by `perfbench check --self-test`.
public struct SelfTestResult: Codable, Sendable, Equatable {
    public var createdAt: String
    public var host: HostDescription
    /// Whether the baseline came from this host identity (else no time or ratio is judged).
    public var sameHostAsBaseline: Bool
    /// A/A runs of unchanged code (each a full gate, retries and pooling included).
    public var aaRuns: Int
    /// Injected time per event, as fractions of each case's baseline fixed time.
    public var timeSteps: [Double]
    /// Injected work, in iterations per event of a dependent multiply-add.
    public var workSteps: [Int]
    public var cases: [SelfTestCase]

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
public struct SelfTestCase: Codable, Sendable, Equatable {
    public var id: String
    public var items: [Int]
    /// A/A runs that failed unchanged code (regressed or moved), and the rules that fired.
    public var falseAlarms: Int
    public var falseAlarmRules: [String]
    /// A/A runs that ended inconclusive.
    public var inconclusive: Int
    /// Per time step, whether the gate failed the perturbed run.
    public var timeDetected: [Bool]
    /// Why time is not judged for this case here, when it is not.
    public var timeNotJudged: String?
    /// Per work step, the instructions per event it added (measured by callgrind) and whether detected.
    public var instructionsInjected: [Double]
    public var instructionsDetected: [Bool]
    /// Whether one extra allocation per event failed the gate; nil when allocations were not counted.
    public var allocationDetected: Bool?

    /// The smallest time step detected together with every larger one, as a fraction; nil: none.
    public func timeMDE(steps: [Double]) -> Double? {
        Self.smallestDetected(steps, timeDetected)
    }

    /// The smallest injected instruction count detected together with every larger one; nil: none.
    public var instructionMDE: Double? {
        Self.smallestDetected(instructionsInjected, instructionsDetected)
    }

    static func smallestDetected(_ sizes: [Double], _ detected: [Bool]) -> Double? {
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

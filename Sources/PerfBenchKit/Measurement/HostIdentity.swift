/// What decides how fast the same binary runs on a host: the CPU (vendor, family, model, stepping,
/// microcode, frequency), the kernel and the hypervisor.
///
/// Absolute times are compared only between results whose identities are equal: two machines
/// of one kind with EPYC family 0x19 and 0x1A ran the same build 2.5–3.4× apart, and a
/// description that said only "AMD EPYC" called them comparable. Ratios and exact counts travel
/// across identities; times do not.
package struct HostIdentity: Codable, Sendable, Hashable, CustomStringConvertible {
    /// `/proc/cpuinfo` `vendor_id`, e.g. `AuthenticAMD`, `GenuineIntel`.
    package var vendor: String
    /// CPUID family, model and stepping (`cpu family`, `model`, `stepping`).
    package var family: Int
    package var model: Int
    package var stepping: Int
    /// `model name`, for people; not part of equality beyond what the numbers already say.
    package var modelName: String
    /// Nominal frequency in MHz: cpufreq's `cpuinfo_max_freq` where present, else `cpu MHz`
    /// rounded to 10 MHz (a guest reports its host's TSC frequency there).
    package var megahertz: Int
    /// `microcode`, nil where unreadable (common under a hypervisor).
    package var microcode: String?
    /// `uname -r`.
    package var kernel: String
    /// The hypervisor's CPUID signature (`KVMKVMKVM`), `unknown` when the hypervisor bit is set
    /// without a readable signature, nil on bare metal.
    package var hypervisor: String?

    package init(
        vendor: String, family: Int, model: Int, stepping: Int, modelName: String, megahertz: Int,
        microcode: String?, kernel: String, hypervisor: String?
    ) {
        self.vendor = vendor
        self.family = family
        self.model = model
        self.stepping = stepping
        self.modelName = modelName
        self.megahertz = megahertz
        self.microcode = microcode
        self.kernel = kernel
        self.hypervisor = hypervisor
    }

    /// `GenuineIntel 6/0xcf/2 2300MHz ucode 0x1, kernel 6.18.44, KVMKVMKVM`.
    package var description: String {
        "\(vendor) \(family)/0x\(String(model, radix: 16))/\(stepping) \(megahertz)MHz"
            + (microcode.map { " ucode \($0)" } ?? "") + ", kernel \(kernel)" + ", \(hypervisor ?? "bare metal")"
    }

    /// The fields in which `other` differs, each as `field a vs b`; empty when equal.
    package func differences(to other: HostIdentity) -> [String] {
        var differences: [String] = []
        func compare<T: Equatable>(_ name: String, _ a: T, _ b: T, _ show: (T) -> String) {
            if a != b { differences.append("\(name) \(show(a)) vs \(show(b))") }
        }
        compare("cpu vendor", vendor, other.vendor) { $0 }
        compare("cpu family", family, other.family) { "0x" + String($0, radix: 16) }
        compare("cpu model", model, other.model) { "0x" + String($0, radix: 16) }
        compare("stepping", stepping, other.stepping) { "\($0)" }
        compare("frequency", megahertz, other.megahertz) { "\($0) MHz" }
        compare("microcode", microcode, other.microcode) { $0 ?? "unreadable" }
        compare("kernel", kernel, other.kernel) { $0 }
        compare("hypervisor", hypervisor, other.hypervisor) { $0 ?? "none" }
        return differences
    }

    /// Identities are equal when every field that decides speed is; the model name is a label.
    package static func == (lhs: HostIdentity, rhs: HostIdentity) -> Bool {
        lhs.differences(to: rhs).isEmpty
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(vendor)
        hasher.combine(family)
        hasher.combine(model)
        hasher.combine(stepping)
        hasher.combine(megahertz)
        hasher.combine(microcode)
        hasher.combine(kernel)
        hasher.combine(hypervisor)
    }

    enum CodingKeys: String, CodingKey {
        case vendor, family, model, stepping
        case modelName = "model_name"
        case megahertz = "mhz"
        case microcode, kernel, hypervisor
    }
}

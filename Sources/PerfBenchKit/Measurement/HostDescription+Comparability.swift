extension HostDescription {
    /// The fields that make `other` not comparable with this host, each as `field a vs b`; empty
    /// when comparable (`isComparable(to:)` is exactly that).
    func comparabilityDifferences(to other: HostDescription) -> [String] {
        var differences: [String] = []
        if cpuModel != other.cpuModel { differences.append("cpu '\(cpuModel)' vs '\(other.cpuModel)'") }
        if logicalCores != other.logicalCores { differences.append("cores \(logicalCores) vs \(other.logicalCores)") }
        if hypervisor != other.hypervisor { differences.append("hypervisor \(hypervisor) vs \(other.hypervisor)") }
        if allocator.name != other.allocator.name {
            differences.append("allocator \(allocator.name) vs \(other.allocator.name)")
        }
        if buildConfiguration != other.buildConfiguration {
            differences.append("build \(buildConfiguration) vs \(other.buildConfiguration)")
        }
        return differences
    }
}

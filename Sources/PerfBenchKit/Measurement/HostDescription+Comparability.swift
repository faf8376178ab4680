extension HostDescription {
    /// The fields that make `other` not comparable with this host, each as `field a vs b`; empty
    /// when comparable (`isComparable(to:)` is exactly that).
    func comparabilityDifferences(to other: HostDescription) -> [String] {
        var differences: [String] = []
        switch (identity, other.identity) {
        case (let mine?, let theirs?): differences += mine.differences(to: theirs)
        case (nil, _), (_, nil): differences.append("host identity not recorded (a perfbench.results/1 file)")
        }
        if logicalCores != other.logicalCores { differences.append("cores \(logicalCores) vs \(other.logicalCores)") }
        if swiftVersion != other.swiftVersion {
            differences.append("compiler \(swiftVersion) vs \(other.swiftVersion)")
        }
        if allocator.name != other.allocator.name {
            differences.append("allocator \(allocator.name) vs \(other.allocator.name)")
        }
        if buildConfiguration != other.buildConfiguration {
            differences.append("build \(buildConfiguration.rawValue) vs \(other.buildConfiguration.rawValue)")
        }
        return differences
    }
}

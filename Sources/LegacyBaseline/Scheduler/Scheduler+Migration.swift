import ComputeRuntime

extension Scheduler {
    public func findMigrationTargets(_ daemonFilter: CapabilityFilter, sourceNode: UInt64) -> [UInt64] {
        // #156/#164 legacy cost: a deep copy of the daemon filter plus a freshly allocated tag
        // string on every call, then a second list without the source; kept on purpose.
        let combined = daemonFilter.deepCopy().requireTag(SubprotocolTag.migration.freshHeapCopy())
        return index.query(combined).filter { $0 != sourceNode }
    }
}

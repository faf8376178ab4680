extension Scheduler {
    /// - Complexity: one index query, O(n); allocates only the result.
    public func findMigrationTargets(_ daemonFilter: CapabilityFilter, sourceNode: UInt64) -> [UInt64] {
        // #156/#164: the migration tag is checked next to the daemon filter during the walk, so no
        // combined filter is copied and no tag string is allocated; the source is skipped in the
        // same walk.
        index.query(daemonFilter, alsoRequiringTag: SubprotocolTag.migration, excluding: { $0 == sourceNode })
    }
}

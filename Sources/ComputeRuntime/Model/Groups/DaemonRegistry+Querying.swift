/// The daemon registry answers `onNodeRecovery`'s "is this origin still registered?".
extension DaemonRegistry: DaemonRegistryQuerying {}

import ComputeRuntime

extension CapabilityFilter {
    /// A copy owning fresh storage for every list and string, the way upstream's `clone()` does.
    ///
    /// Swift's copy-on-write would share the buffers; the legacy runtime reproduces the clone's
    /// allocations instead (#156/#164).
    func deepCopy() -> CapabilityFilter {
        var copy = CapabilityFilter()
        copy.requireTags = requireTags.map { $0.freshHeapCopy() }
        copy.requireModels = requireModels.map { $0.freshHeapCopy() }
        copy.requireTools = requireTools.map { $0.freshHeapCopy() }
        copy.minMemoryGB = minMemoryGB
        copy.requireGPU = requireGPU
        copy.gpuVendor = gpuVendor
        copy.minVramGB = minVramGB
        copy.minContextLength = minContextLength
        copy.requireModalities = requireModalities.map { $0 }
        return copy
    }
}

extension String {
    /// The same characters in newly allocated storage, as Rust's `to_string()`/`clone()` would make.
    ///
    /// Strings of up to 15 UTF-8 bytes stay inline (Swift's small-string form), like any Swift string.
    func freshHeapCopy() -> String {
        let utf8 = self.utf8
        return String(unsafeUninitializedCapacity: utf8.count) { buffer in
            _ = buffer.initialize(fromContentsOf: utf8)
            return utf8.count
        }
    }
}

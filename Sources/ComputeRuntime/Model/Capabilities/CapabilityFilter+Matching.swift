extension CapabilityFilter {
    /// Whether `caps` satisfies every requirement, checked in upstream's short-circuit order (spec §2.5).
    ///
    /// - Complexity: O(tags + models × requirements + tools × requirements); allocates nothing.
    public func matches(_ caps: CapabilitySet) -> Bool {
        matches(caps, alsoRequiringTag: nil)
    }

    /// `matches(caps)` for this filter with `extraTag` appended to `requireTags`, without building that filter.
    ///
    /// The extra tag is checked after the filter's own tags, exactly where an appended tag would be.
    package func matches(_ caps: CapabilitySet, alsoRequiringTag extraTag: String?) -> Bool {
        for tag in requireTags where !caps.tags.contains(tag) {
            return false
        }
        if let extraTag, !caps.tags.contains(extraTag) {
            return false
        }
        if !requireModels.isEmpty, !caps.models.contains(where: { requireModels.contains($0.id) }) {
            return false
        }
        if !requireTools.isEmpty, !caps.tools.contains(where: { requireTools.contains($0.id) }) {
            return false
        }
        if let minMemoryGB, caps.hardware.memoryGB < minMemoryGB {
            return false
        }
        if requireGPU, caps.hardware.gpu == nil {
            return false
        }
        if let gpuVendor, caps.hardware.gpu?.vendor != gpuVendor {
            return false
        }
        if let minVramGB {
            var total = UInt64(caps.hardware.gpu?.vramGB ?? 0)
            for gpu in caps.hardware.additionalGPUs {
                total += UInt64(gpu.vramGB)
            }
            if total < UInt64(minVramGB) {
                return false
            }
        }
        if let minContextLength, !caps.models.contains(where: { $0.contextLength >= minContextLength }) {
            return false
        }
        for modality in requireModalities where !caps.models.contains(where: { $0.modalities.contains(modality) }) {
            return false
        }
        return true
    }
}

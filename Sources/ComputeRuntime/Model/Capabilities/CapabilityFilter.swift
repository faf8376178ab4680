/// The requirements a placement puts on a node's capabilities (spec §2.5).
///
/// The default value matches every node. Builders return a modified copy.
public struct CapabilityFilter: Sendable, Equatable {
    /// Every tag must be present.
    public var requireTags: [String] = []
    /// At least one of these model ids must be served (ignored when empty).
    public var requireModels: [String] = []
    /// At least one of these tool ids must be offered (ignored when empty).
    public var requireTools: [String] = []
    /// Minimum system memory in GiB.
    public var minMemoryGB: UInt32? = nil
    public var requireGPU: Bool = false
    /// Required vendor of the primary GPU.
    public var gpuVendor: GPUVendor? = nil
    /// Minimum VRAM in GiB, summed over the primary and additional GPUs.
    public var minVramGB: UInt32? = nil
    /// Minimum context window in tokens that some model must reach.
    public var minContextLength: UInt32? = nil
    /// Every modality must be handled by at least one model.
    public var requireModalities: [Modality] = []

    /// The filter that matches every node.
    public init() {}

    /// Appends a required tag.
    public func requireTag(_ tag: String) -> CapabilityFilter {
        var copy = self
        copy.requireTags.append(tag)
        return copy
    }

    /// Appends an acceptable model id.
    public func requireModel(_ model: String) -> CapabilityFilter {
        var copy = self
        copy.requireModels.append(model)
        return copy
    }

    /// Appends an acceptable tool id.
    public func requireTool(_ tool: String) -> CapabilityFilter {
        var copy = self
        copy.requireTools.append(tool)
        return copy
    }

    /// Sets the minimum system memory in GiB.
    public func withMinMemory(_ gigabytes: UInt32) -> CapabilityFilter {
        var copy = self
        copy.minMemoryGB = gigabytes
        return copy
    }

    /// Requires a primary GPU.
    public func requireGpu() -> CapabilityFilter {
        var copy = self
        copy.requireGPU = true
        return copy
    }

    /// Requires a primary GPU made by `vendor` (also sets `requireGPU`, as upstream does).
    public func withGpuVendor(_ vendor: GPUVendor) -> CapabilityFilter {
        var copy = self
        copy.gpuVendor = vendor
        copy.requireGPU = true
        return copy
    }

    /// Requires at least `gigabytes` of total VRAM (also sets `requireGPU`, as upstream does).
    public func withMinVram(_ gigabytes: UInt32) -> CapabilityFilter {
        var copy = self
        copy.minVramGB = gigabytes
        copy.requireGPU = true
        return copy
    }

    /// Sets the minimum context window in tokens.
    public func withMinContext(_ tokens: UInt32) -> CapabilityFilter {
        var copy = self
        copy.minContextLength = tokens
        return copy
    }

    /// Appends a required modality.
    public func requireModality(_ modality: Modality) -> CapabilityFilter {
        var copy = self
        copy.requireModalities.append(modality)
        return copy
    }
}

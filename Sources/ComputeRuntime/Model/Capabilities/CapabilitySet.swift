/// What a mesh node announces it can do: the minimal subset of upstream's capability set the
/// scheduler needs (spec §2.5).
///
/// Tags are plain strings compared by exact equality.
public struct CapabilitySet: Sendable, Equatable {
    /// One GPU: who made it and how much memory it has.
    public struct GPU: Sendable, Equatable {
        public var vendor: GPUVendor
        /// Video memory in GiB.
        public var vramGB: UInt32

        /// A GPU of `vendor` with `vramGB` GiB of video memory.
        public init(vendor: GPUVendor, vramGB: UInt32) {
            self.vendor = vendor
            self.vramGB = vramGB
        }
    }

    /// The node's hardware: memory and GPUs.
    public struct Hardware: Sendable, Equatable {
        /// System memory in GiB.
        public var memoryGB: UInt32 = 0
        /// The primary GPU, if any; `requireGPU` and `gpuVendor` look only at this one.
        public var gpu: GPU? = nil
        /// Further GPUs; they only add VRAM for `minVramGB`.
        public var additionalGPUs: [GPU] = []

        /// Hardware with the given memory and GPUs (defaults: 0 GiB, no GPU).
        public init(memoryGB: UInt32 = 0, gpu: GPU? = nil, additionalGPUs: [GPU] = []) {
            self.memoryGB = memoryGB
            self.gpu = gpu
            self.additionalGPUs = additionalGPUs
        }
    }

    /// A model the node serves.
    public struct Model: Sendable, Equatable {
        public var id: String
        /// Context window in tokens.
        public var contextLength: UInt32
        public var modalities: [Modality]

        /// A model `id` with a context window of `contextLength` tokens handling `modalities`.
        public init(id: String, contextLength: UInt32 = 0, modalities: [Modality] = []) {
            self.id = id
            self.contextLength = contextLength
            self.modalities = modalities
        }
    }

    /// A tool the node offers.
    public struct Tool: Sendable, Equatable {
        public var id: String

        /// A tool named `id`.
        public init(id: String) {
            self.id = id
        }
    }

    public var tags: Set<String>
    public var hardware: Hardware
    public var models: [Model]
    public var tools: [Tool]

    /// A capability set; every part defaults to empty.
    public init(tags: Set<String> = [], hardware: Hardware = Hardware(), models: [Model] = [], tools: [Tool] = []) {
        self.tags = tags
        self.hardware = hardware
        self.models = models
        self.tools = tools
    }

    /// The empty set: no tags, no hardware, no models, no tools.
    public static let empty = CapabilitySet()
}

/// The maker of a GPU, with upstream's wire discriminants (spec §2.5).
public enum GPUVendor: UInt8, Sendable, Hashable, CaseIterable {
    case unknown = 0
    case nvidia = 1
    case amd = 2
    case intel = 3
    case apple = 4
    case qualcomm = 5
}

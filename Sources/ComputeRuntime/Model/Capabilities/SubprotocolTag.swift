/// Capability tags that advertise support for a mesh subprotocol (spec §2.2).
public enum SubprotocolTag {
    /// The migration subprotocol's id.
    public static let migrationID: UInt16 = 0x0500

    /// `"subprotocol:0x0500"`: what a node must carry to receive migrations.
    public static let migration = "subprotocol:0x0500"

    /// `"subprotocol:0x"` followed by the four lowercase hex digits of `id`.
    public static func tag(for id: UInt16) -> String {
        let hex = String(id, radix: 16)
        return "subprotocol:0x" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}

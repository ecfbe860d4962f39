import Testing

@testable import MLSDStore

/// Users' databases were built by these exact scripts, so a landed migration is never edited:
/// the schema changes by appending one. This freezes the text of each landed migration.
@Suite struct LandedMigrationsTests {
    /// FNV-1a (64 bits) of each migration's UTF-8 text, in order. Migrations appended after these
    /// pass unchecked: when one lands (v5 next), append its checksum here; never change an existing one.
    static let landed: [UInt64] = [
        0x6c11_bad1_f63d_451e,  // v1
        0x6440_e7cd_c3d5_592e,  // v2
        0x2832_3078_7cc8_b52d,  // v3
        0xdf93_4845_d016_1f2a,  // v4
    ]

    @Test func landedMigrationsAreUnchanged() {
        #expect(Schema.migrations.count >= Self.landed.count, "a landed migration was removed")
        for (index, checksum) in Self.landed.enumerated() where index < Schema.migrations.count {
            #expect(
                Self.fnv1a(Schema.migrations[index]) == checksum,
                "migration v\(index + 1) was edited: append a new migration instead")
        }
    }

    static func fnv1a(_ text: String) -> UInt64 {
        text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01b3 }
    }
}

//! The MCP protocol versions this server speaks, shared by the guest (negotiation) and the
//! host (the HTTP transport's `MCP-Protocol-Version` check).

/// The versions of the `initialize` handshake, newest first: `initialize` echoes the
/// client's version if it is here, else offers the first.
pub const HANDSHAKE_VERSIONS: &[&str] = &["2025-11-25", "2025-06-18", "2025-03-26", "2024-11-05"];

/// The stateless revision: no handshake; each request names its version in `_meta`.
pub const STATELESS_VERSION: &str = "2026-07-28";

/// Whether this server speaks `version`, in either era.
pub fn is_supported(version: &str) -> bool {
    version == STATELESS_VERSION || HANDSHAKE_VERSIONS.contains(&version)
}

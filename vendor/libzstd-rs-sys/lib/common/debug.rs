#[cfg_attr(feature = "export-symbols", export_name = crate::prefix!(g_debuglevel))]
pub static mut g_debuglevel: core::ffi::c_int = DEBUGLEVEL;
pub const DEBUGLEVEL: core::ffi::c_int = 0;

//! The reader's remembered choices, where the browser lets the widget keep any.
//!
//! Storage is optional: cross-site frames in browsers that block third-party storage,
//! sandboxed frames (an opaque origin) and some private modes throw on the mere access of
//! `localStorage`. Every call here turns that into `None` or `false`, never an exception.
//! (`gloo-storage` throws there, which once left framed widgets blank.)

use web_sys::Storage;

/// `localStorage`, if this document may use it.
fn local_storage() -> Option<Storage> {
    super::ground::window()?.local_storage().ok().flatten()
}

/// Stores `value` under `key`; `false` where storage is unavailable or full.
pub fn store(key: &str, value: &str) -> bool {
    local_storage().is_some_and(|storage| storage.set_item(key, value).is_ok())
}

/// What is stored under `key`, if storage is available and holds it.
pub fn stored(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

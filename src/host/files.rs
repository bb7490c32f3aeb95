//! Files and the clipboard: what a reader takes away from the widget.

use wasm_bindgen::JsCast;

/// Saves `content` as a file named `filename` through a temporary object URL.
pub fn download(filename: &str, mime: &str, content: &str) -> Result<(), String> {
    let document = super::ground::document().ok_or("no document")?;
    let parts = js_sys::Array::of1(&content.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| "cannot create the file")?;
    let url =
        web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| "cannot create a link")?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| "cannot create a link")?
        .unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Copies `text` to the clipboard; `Err` when the page may not (insecure origin, denied).
pub async fn copy_text(text: &str) -> Result<(), String> {
    let clipboard = super::ground::window()
        .ok_or("no window")?
        .navigator()
        .clipboard();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| "the clipboard is not available".to_string())
}

//! Trunk writes the wasm loader as an inline `<script type="module">`, which a strict
//! Content-Security-Policy (`script-src 'self'`) blocks. This post-build step moves it into
//! `start.js` beside `index.html`, which `prefs.js` imports after the first paint. Trunk
//! runs it as a hook (Trunk.toml).
//!
//! The page arrives with the story prerendered, so nothing but the page, its stylesheet and
//! `prefs.js` comes before the first paint: the loader's tag and Trunk's preload links for
//! the bundle are dropped, and the wasm is fetched once the story is on screen.

use crate::project::Result;
use std::path::Path;

pub const LOADER_FILE: &str = "start.js";

/// Moves the inline module script of `dir/index.html` into `dir/start.js`.
pub fn externalize(dir: &Path) -> Result {
    let index = dir.join("index.html");
    let html = std::fs::read_to_string(&index)
        .map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    let Some((html, script)) = split_loader(&html) else {
        return Err(format!(
            "{}: no inline module script to move",
            index.display()
        ));
    };
    std::fs::write(dir.join(LOADER_FILE), script)
        .map_err(|e| format!("cannot write {LOADER_FILE}: {e}"))?;
    std::fs::write(&index, html).map_err(|e| format!("cannot write {}: {e}", index.display()))?;
    println!("moved the wasm loader into {LOADER_FILE}");
    Ok(())
}

/// The page with the first inline `<script type="module">` replaced by a reference to
/// `start.js`, and that script's text.
pub fn split_loader(html: &str) -> Option<(String, String)> {
    let mut from = 0;
    // Trunk writes the attribute quoted; its release minifier drops the quotes.
    let next_module = |from: usize| {
        ["<script type=\"module\"", "<script type=module"]
            .iter()
            .filter_map(|tag| html[from..].find(tag))
            .min()
    };
    while let Some(offset) = next_module(from) {
        let start = from + offset;
        let tag_end = start + html[start..].find('>')? + 1;
        let tag = &html[start..tag_end];
        if !tag.contains(" src=") {
            let close = tag_end + html[tag_end..].find("</script>")?;
            let script = after_first_paint(html[tag_end..close].trim())?;
            let page = format!("{}{}", &html[..start], &html[close + "</script>".len()..]);
            return Some((without_preloads(&page), format!("{script}\n")));
        }
        from = tag_end;
    }
    None
}

/// Waits for the first paint (a frame, then a task), or at most 200 ms where no frame comes
/// (a background tab), before the loader's first statement after its imports.
const WAIT_FOR_PAINT: &str = "await new Promise((resolve) => { requestAnimationFrame(() => setTimeout(resolve)); setTimeout(resolve, 200); });";

/// The loader with [`WAIT_FOR_PAINT`] after its `import` lines and the rest in a `try`:
/// whatever the start throws reaches the console, and the wasm's own failure box if the
/// wasm got as far as running (a wasm that never loaded leaves the prerendered page as it
/// is). `None` if the script has no imports.
fn after_first_paint(script: &str) -> Option<String> {
    let lines: Vec<&str> = script.lines().collect();
    let imports = lines
        .iter()
        .take_while(|l| l.trim_start().starts_with("import "))
        .count();
    if imports == 0 {
        return None;
    }
    let bindings = lines[..imports].iter().find_map(|l| namespace_import(l));
    let report = match bindings {
        Some(name) => format!("try {{ {name}.show_failure(String(error)); }} catch (_) {{}}"),
        None => String::new(),
    };
    let mut out: Vec<String> = lines[..imports].iter().map(|l| l.to_string()).collect();
    out.push("try {".into());
    out.push(WAIT_FOR_PAINT.into());
    out.extend(lines[imports..].iter().map(|l| wasm_beside_loader(l)));
    // `data-failed`: style.css shows the page as it is without JavaScript (tables, no controls).
    out.push(format!(
        "}} catch (error) {{ console.error(\"rural-story:\", error); document.documentElement.dataset.failed = \"\"; {report} }}"
    ));
    Some(out.join("\n"))
}

/// The page without `<link rel="preload">` / `rel="modulepreload"` tags (Trunk's, for the
/// bundle): fetched early, the bundle would compete with the page's first paint.
fn without_preloads(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<link ") {
        let Some(len) = rest[start..].find('>') else {
            break;
        };
        let tag = &rest[start..start + len + 1];
        out.push_str(&rest[..start]);
        let preload = [
            "rel=preload",
            "rel=\"preload\"",
            "rel=modulepreload",
            "rel=\"modulepreload\"",
        ]
        .iter()
        .any(|r| tag.contains(&format!(" {r} ")) || tag.contains(&format!(" {r}>")));
        if !preload {
            out.push_str(tag);
        }
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    out
}

/// Trunk names the wasm relative to the page (`module_or_path: './x_bg.wasm'`), which from a
/// language's folder (`en/index.html`) points into that folder; relative to the loader
/// itself it is found from every page.
fn wasm_beside_loader(line: &str) -> String {
    let key = "module_or_path: '";
    let Some(start) = line.find(key).map(|i| i + key.len()) else {
        return line.to_string();
    };
    let Some(end) = line[start..].find('\'').map(|i| start + i) else {
        return line.to_string();
    };
    format!(
        "{}module_or_path: new URL('{}', import.meta.url){}",
        &line[..start - key.len()],
        &line[start..end],
        &line[end + 1..]
    )
}

/// `NAME` of an `import … * as NAME from …` line.
fn namespace_import(line: &str) -> Option<&str> {
    let rest = &line[line.find("* as ")? + "* as ".len()..];
    let name = rest.split_whitespace().next()?;
    let name = name.trim_end_matches(',');
    name.chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
        .then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_the_inline_loader_and_keeps_the_rest() {
        let html = "<head><script type=\"module\" src=\"x.js\"></script>\n<script type=\"module\">\nimport init, * as bindings from './a.js';\nawait init();\n</script><link rel=\"stylesheet\" href=\"s.css\"></head>";
        let (page, script) = split_loader(html).unwrap();
        assert_eq!(
            script,
            format!(
                "import init, * as bindings from './a.js';\ntry {{\n{WAIT_FOR_PAINT}\nawait init();\n}} catch (error) {{ console.error(\"rural-story:\", error); document.documentElement.dataset.failed = \"\"; try {{ bindings.show_failure(String(error)); }} catch (_) {{}} }}\n"
            )
        );
        assert!(page.contains("<script type=\"module\" src=\"x.js\"></script>\n<link"));
        assert!(!page.contains("await init"));
        assert_eq!(split_loader("<p>no script</p>"), None);
        let minified = "<script defer src=./frame.js></script><script type=module>import init, * as b from './a.js';\nawait init();</script><link rel=stylesheet>";
        let (page, script) = split_loader(minified).unwrap();
        assert!(script.starts_with("import init, * as b from './a.js';\ntry {"));
        assert!(page.contains("<script defer src=./frame.js></script><link rel=stylesheet>"));
    }

    #[test]
    fn drops_the_bundle_preloads_and_keeps_other_links() {
        let html = "<head><link crossorigin href=./style.css rel=stylesheet><link crossorigin href=./a.js rel=modulepreload><link as=fetch href=./a_bg.wasm rel=preload type=application/wasm><link rel=\"preload\" href=x><link rel=icon href=i></head>";
        assert_eq!(
            without_preloads(html),
            "<head><link crossorigin href=./style.css rel=stylesheet><link rel=icon href=i></head>"
        );
    }

    #[test]
    fn the_wasm_is_found_beside_the_loader() {
        assert_eq!(
            wasm_beside_loader("const wasm = await init({ module_or_path: './a_bg.wasm' });"),
            "const wasm = await init({ module_or_path: new URL('./a_bg.wasm', import.meta.url) });"
        );
        assert_eq!(wasm_beside_loader("await init();"), "await init();");
    }

    #[test]
    fn finds_the_namespace_of_the_bindings() {
        assert_eq!(
            namespace_import("import init, * as bindings from './a.js';"),
            Some("bindings")
        );
        assert_eq!(namespace_import("import init from './a.js';"), None);
    }
}

//! References between the published files: where a file names another by an address
//! relative to its own folder, so publishing renames exactly those when it gives the other a
//! hashed name (`../style.css` in `studio/index.html` is `style.css`; its `./start.js` is
//! `studio/start.js`, not the reader's `start.js`).

/// `studio/start.js` → (`studio/`, `start.js`); `style.css` → (``, `style.css`).
pub fn split_path(path: &str) -> (&str, &str) {
    path.split_at(path.rfind('/').map_or(0, |i| i + 1))
}

/// Byte offsets where `text` refers to the file `name`: where it stands as an address, after
/// a quote, `/` or `=` and before a quote, `?`, `#`, `>` or a space (`'./start.js'`,
/// `src=./prefs.js>`). A mention in prose (`` `start.js` ``) or in a longer name
/// (`restart.js`, `start.js.map`) is not a reference.
pub fn find_references(text: &str, name: &str) -> Vec<usize> {
    text.match_indices(name)
        .filter(|(at, _)| {
            let before = text[..*at].chars().next_back();
            let after = text[at + name.len()..].chars().next();
            before.is_some_and(|c| "\"'/=".contains(c))
                && after.is_some_and(|c| "\"'?#>".contains(c) || c.is_whitespace())
        })
        .map(|(at, _)| at)
        .collect()
}

/// Byte offsets where `text`, the content of the file at `file` (a path in the site),
/// refers to the file at `target`: the references to its name ([`find_references`]) whose
/// address leads there from `file`'s folder (`./start.js` in `studio/index.html` is
/// `studio/start.js`, `../style.css` is `style.css`). Absolute addresses lead nowhere: the
/// site may be served from any path.
pub fn find_links(text: &str, file: &str, target: &str) -> Vec<usize> {
    let (target_folder, name) = split_path(target);
    let (folder, _) = split_path(file);
    find_references(text, name)
        .into_iter()
        .filter(|&at| {
            let start = text[..at]
                .char_indices()
                .rev()
                .find(|(_, c)| "\"'=(".contains(*c) || c.is_whitespace())
                .map_or(0, |(i, c)| i + c.len_utf8());
            resolve(folder, &text[start..at]).as_deref() == Some(target_folder)
        })
        .collect()
}

/// The folder (`` or `a/b/`) that the address prefix `prefix` (`./`, `../`, `x/`, ``)
/// leads to from `folder`; `None` for an absolute one or one above the site.
fn resolve(folder: &str, prefix: &str) -> Option<String> {
    if prefix.starts_with('/') || prefix.contains(':') {
        return None;
    }
    let mut parts: Vec<&str> = folder.split('/').filter(|p| !p.is_empty()).collect();
    for part in prefix.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            part => parts.push(part),
        }
    }
    Some(parts.iter().map(|p| format!("{p}/")).collect())
}

/// `text`, the content of the file at `file`, with every reference to the file at `target`
/// ([`find_links`]) renamed `renamed` (a name in the same folder); `None` if it has none.
pub fn rewrite_links(text: &str, file: &str, target: &str, renamed: &str) -> Option<String> {
    let places = find_links(text, file, target);
    if places.is_empty() {
        return None;
    }
    let name_len = split_path(target).1.len();
    let mut out = String::with_capacity(text.len() + places.len() * renamed.len());
    let mut last = 0;
    for at in places {
        out.push_str(&text[last..at]);
        out.push_str(renamed);
        last = at + name_len;
    }
    out.push_str(&text[last..]);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_whole_file_names() {
        let text = "import './start.js'; restart.js start.json start.js.map x/start.js\" \
                    `start.js` src=start.js> 'start.js'";
        let places = find_references(text, "start.js");
        assert_eq!(places.len(), 4, "{places:?}");
        assert_eq!(&text[places[0] - 2..places[0]], "./");
        assert!(find_references("rural-story-embed.js", "rural-story.js").is_empty());
        assert!(find_references("rural-story_bg.wasm", "story_bg.wasm").is_empty());
        assert_eq!(
            rewrite_links(
                "'style.css' b ../style.css ",
                "en/index.html",
                "style.css",
                "style-1.css"
            ),
            Some("'style.css' b ../style-1.css ".to_string())
        );
        assert_eq!(
            rewrite_links("nothing", "index.html", "style.css", "s.css"),
            None
        );
    }

    #[test]
    fn a_reference_leads_to_a_file_from_the_folder_of_the_file_that_makes_it() {
        let page = "<link href=../style.css><link href=./studio.css><script src=./start.js>";
        let links = |target| find_links(page, "studio/index.html", target).len();
        assert_eq!(links("style.css"), 1);
        assert_eq!(links("studio/studio.css"), 1);
        assert_eq!(links("studio/start.js"), 1);
        // The reader's loader has the same name at the top: not this page's.
        assert_eq!(links("start.js"), 0);
        assert_eq!(links("studio/style.css"), 0);
        let top = "import('./start.js'); new URL('app_bg.wasm', import.meta.url); src=x/a.js \
                   href=\"/style.css\" 'https://example.com/style.css' '../style.css'";
        assert_eq!(find_links(top, "prefs.js", "start.js").len(), 1);
        assert_eq!(find_links(top, "app.js", "app_bg.wasm").len(), 1);
        assert_eq!(find_links(top, "prefs.js", "x/a.js").len(), 1);
        assert_eq!(find_links(top, "prefs.js", "a.js").len(), 0);
        // Absolute addresses, and one above the site, lead to none of its files.
        assert_eq!(find_links(top, "prefs.js", "style.css").len(), 0);
        assert_eq!(
            find_links("\u{3000}./a.js'", "x/b.js", "x/a.js").len(),
            1,
            "after a wide space"
        );
        assert_eq!(
            rewrite_links(page, "studio/index.html", "studio/start.js", "start-1.js"),
            Some(page.replace("./start.js", "./start-1.js"))
        );
    }
}

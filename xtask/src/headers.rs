//! The `_headers` file of Netlify and Cloudflare Pages, as `cargo xtask preview` applies it:
//! parsing, path patterns with `*`, and the sub-path a site is served under.
//!
//! ```text
//! # a comment
//! /*
//!   X-Content-Type-Options: nosniff
//! /*.html
//!   Cache-Control: no-cache
//! ```
//!
//! A line starting at column 0 is a path pattern (from the site's root, starting with `/`);
//! the indented `Name: value` lines below it are the headers of the requests it matches.
//! `*` matches any run of characters, `/` included. Every matching rule applies, in file
//! order: a later header of the same name (case-insensitive) replaces an earlier one.

use hyper::header::{HeaderName, HeaderValue};

/// The file's name, at the top of a built site.
pub const FILE: &str = "_headers";

/// One path pattern and the headers below it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    pub pattern: String,
    /// 1-based line of the pattern in the file.
    pub line: usize,
    pub headers: Vec<(String, String)>,
}

/// Parses the text of a `_headers` file. Errors name the 1-based line.
pub fn parse(text: &str) -> Result<Vec<Rule>, String> {
    let mut rules: Vec<Rule> = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let line = index + 1;
        let trimmed = raw.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if !raw.starts_with([' ', '\t']) {
            if !trimmed.starts_with('/') {
                return Err(format!(
                    "line {line}: `{trimmed}` is neither a path (starting with `/`) nor an indented `Name: value` header"
                ));
            }
            if trimmed.contains(char::is_whitespace) {
                return Err(format!("line {line}: a path has no spaces: `{trimmed}`"));
            }
            rules.push(Rule {
                pattern: trimmed.to_string(),
                line,
                headers: Vec::new(),
            });
            continue;
        }
        let Some(rule) = rules.last_mut() else {
            return Err(format!(
                "line {line}: header `{trimmed}` comes before any path"
            ));
        };
        let Some((name, value)) = trimmed.split_once(':') else {
            return Err(format!(
                "line {line}: `{trimmed}` is not a `Name: value` header"
            ));
        };
        let (name, value) = (name.trim(), value.trim());
        if HeaderName::from_bytes(name.as_bytes()).is_err() {
            return Err(format!("line {line}: `{name}` is not a header name"));
        }
        if HeaderValue::from_str(value).is_err() {
            return Err(format!(
                "line {line}: the value of `{name}` holds a control character"
            ));
        }
        rule.headers.push((name.to_string(), value.to_string()));
    }
    Ok(rules)
}

/// Whether `path` matches `pattern`, where `*` stands for any run of characters (`/` too).
pub fn matches(pattern: &str, path: &str) -> bool {
    let (p, s) = (pattern.as_bytes(), path.as_bytes());
    let (mut pi, mut si) = (0, 0);
    // The last `*` seen and where in `path` its run ends for now: on a mismatch, that
    // star takes one more character and matching resumes after it.
    let mut star: Option<(usize, usize)> = None;
    while si < s.len() {
        if pi < p.len() && p[pi] == b'*' {
            star = Some((pi, si));
            pi += 1;
        } else if pi < p.len() && p[pi] == s[si] {
            pi += 1;
            si += 1;
        } else if let Some((star_pi, star_si)) = star {
            pi = star_pi + 1;
            si = star_si + 1;
            star = Some((star_pi, si));
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|&b| b == b'*')
}

/// The headers for a request of `path` (from the site's root): those of every matching rule
/// in file order, a later one replacing an earlier one of the same name.
pub fn for_path(rules: &[Rule], path: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for rule in rules.iter().filter(|r| matches(&r.pattern, path)) {
        for (name, value) in &rule.headers {
            match out.iter_mut().find(|(n, _)| n.eq_ignore_ascii_case(name)) {
                Some(slot) => *slot = (name.clone(), value.clone()),
                None => out.push((name.clone(), value.clone())),
            }
        }
    }
    out
}

/// `--base` as a sub-path with a leading and a trailing `/`: `graphics/x` → `/graphics/x/`,
/// `` and `/` → `/`.
pub fn normalise_base(base: &str) -> Result<String, String> {
    let inner = base.trim_matches('/');
    if !inner.is_empty()
        && inner
            .split('/')
            .any(|seg| seg.is_empty() || seg == "." || seg == "..")
    {
        return Err(format!("--base `{base}` has an empty, `.` or `..` segment"));
    }
    if inner.contains(|c: char| c.is_whitespace() || c == '?' || c == '#' || c == '*') {
        return Err(format!("--base `{base}` holds a space, `?`, `#` or `*`"));
    }
    Ok(if inner.is_empty() {
        "/".to_string()
    } else {
        format!("/{inner}/")
    })
}

/// Where a request for `path` goes, under the sub-path `base` (from [`normalise_base`]).
#[derive(Debug, PartialEq, Eq)]
pub enum Route<'a> {
    /// Inside the base: the path from the site's root (`/graphics/x/a.js` → `/a.js`).
    Site(&'a str),
    /// The base without its trailing slash: redirect to the base.
    ToBase,
    /// Outside the base.
    Outside,
}

pub fn route<'a>(base: &str, path: &'a str) -> Route<'a> {
    if path.starts_with(base) {
        // `base` ends with `/`: that slash is the root of what remains.
        Route::Site(&path[base.len() - 1..])
    } else if base.len() > 1 && path == &base[..base.len() - 1] {
        Route::ToBase
    } else {
        Route::Outside
    }
}

/// `%xx` escapes of a request path decoded (invalid UTF-8 replaced), so that patterns are
/// written as the files are named.
pub fn percent_decode(path: &str) -> String {
    percent_encoding::percent_decode_str(path)
        .decode_utf8_lossy()
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = "\
# comment lines start with #
/*
  X-Content-Type-Options: nosniff
  Access-Control-Allow-Origin: *
/*.html
  Cache-Control: no-cache
  Content-Security-Policy: default-src 'self'; img-src 'self' data:

/
  Cache-Control: no-cache
    # an indented comment
/style-1a2b3c4d.css
  Cache-Control: public, max-age=31536000, immutable
/rural-story-5e6f7a8b_bg.wasm
  Cache-Control: public, max-age=31536000, immutable
  Content-Type: application/wasm
";

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn parses_rules_headers_and_line_numbers_skipping_comments_and_blank_lines() {
        let rules = parse(EXAMPLE).unwrap();
        let patterns: Vec<(&str, usize)> =
            rules.iter().map(|r| (r.pattern.as_str(), r.line)).collect();
        assert_eq!(
            patterns,
            [
                ("/*", 2),
                ("/*.html", 5),
                ("/", 9),
                ("/style-1a2b3c4d.css", 12),
                ("/rural-story-5e6f7a8b_bg.wasm", 14)
            ]
        );
        assert_eq!(
            rules[0].headers,
            pairs(&[
                ("X-Content-Type-Options", "nosniff"),
                ("Access-Control-Allow-Origin", "*")
            ])
        );
        // The value keeps its own colons and semicolons; only the first `:` separates.
        assert_eq!(
            rules[1].headers[1],
            (
                "Content-Security-Policy".to_string(),
                "default-src 'self'; img-src 'self' data:".to_string()
            )
        );
        assert_eq!(rules[2].headers, pairs(&[("Cache-Control", "no-cache")]));
        assert_eq!(rules[4].headers.len(), 2);
        assert_eq!(parse("").unwrap(), []);
        assert_eq!(parse("# only\n\n   \n").unwrap(), []);
    }

    #[test]
    fn tabs_indent_too_and_crlf_line_ends_are_fine() {
        let rules = parse("/a\r\n\tX-A: 1\r\n").unwrap();
        assert_eq!(rules[0].pattern, "/a");
        assert_eq!(rules[0].headers, pairs(&[("X-A", "1")]));
    }

    #[test]
    fn malformed_lines_are_errors_naming_their_line() {
        let err = |text: &str| parse(text).unwrap_err();
        assert!(err("  X-A: 1\n").starts_with("line 1: header `X-A: 1` comes before any path"));
        assert!(err("# c\n/a\n  no colon here\n").starts_with("line 3: `no colon here` is not"));
        assert!(err("/a\n  X-A: 1\nX-B: 2\n").starts_with("line 3: `X-B: 2` is neither a path"));
        assert!(err("/a\n\n  Bad Name: 1\n").starts_with("line 3: `Bad Name` is not a header name"));
        assert!(err("/a\n  : 1\n").starts_with("line 2: `` is not a header name"));
        assert!(err("/a b\n").starts_with("line 1: a path has no spaces"));
        assert!(err("/a\n  X-A: 1\u{7}\n").starts_with("line 2: the value of `X-A`"));
    }

    #[test]
    fn star_matches_any_run_of_characters_slashes_included() {
        assert!(matches("/*", "/"));
        assert!(matches("/*", "/a/b/c.js"));
        assert!(matches("/*.html", "/index.html"));
        assert!(matches("/*.html", "/en/chart-money.html"));
        assert!(!matches("/*.html", "/"));
        assert!(!matches("/*.html", "/style.css"));
        assert!(!matches("/*.html", "/index.html.br"));
        assert!(matches("/", "/"));
        assert!(!matches("/", "/index.html"));
        assert!(matches("/en/*", "/en/"));
        assert!(!matches("/en/*", "/en"));
        assert!(matches(
            "/rural-story-*_bg.wasm",
            "/rural-story-5e6f7a8b_bg.wasm"
        ));
        assert!(!matches(
            "/rural-story-*_bg.wasm",
            "/rural-story-5e6f7a8b.js"
        ));
        assert!(matches("/a*b*c", "/aXbYbZc"));
        assert!(matches("/a*b*c", "/abc"));
        assert!(!matches("/a*b*c", "/aXbYcZ"));
        assert!(matches("/**", "/x"));
        assert!(!matches("/style.css", "/style.cs"));
        assert!(!matches("/style.cs", "/style.css"));
    }

    #[test]
    fn every_matching_rule_applies_and_a_later_header_replaces_an_earlier_one() {
        let rules = parse(EXAMPLE).unwrap();
        assert_eq!(
            for_path(&rules, "/index.html"),
            pairs(&[
                ("X-Content-Type-Options", "nosniff"),
                ("Access-Control-Allow-Origin", "*"),
                ("Cache-Control", "no-cache"),
                (
                    "Content-Security-Policy",
                    "default-src 'self'; img-src 'self' data:"
                ),
            ])
        );
        assert_eq!(
            for_path(&rules, "/rural-story-5e6f7a8b_bg.wasm"),
            pairs(&[
                ("X-Content-Type-Options", "nosniff"),
                ("Access-Control-Allow-Origin", "*"),
                ("Cache-Control", "public, max-age=31536000, immutable"),
                ("Content-Type", "application/wasm"),
            ])
        );
        // A directory request matches `/`, not `/*.html`.
        assert_eq!(
            for_path(&rules, "/"),
            pairs(&[
                ("X-Content-Type-Options", "nosniff"),
                ("Access-Control-Allow-Origin", "*"),
                ("Cache-Control", "no-cache"),
            ])
        );
        assert_eq!(
            for_path(&rules, "/prefs.js"),
            pairs(&[
                ("X-Content-Type-Options", "nosniff"),
                ("Access-Control-Allow-Origin", "*")
            ])
        );

        let overriding =
            parse("/*\n  Cache-Control: no-store\n  X-A: 1\n/*.js\n  cache-control: max-age=60\n")
                .unwrap();
        // The later name (in its spelling) in the earlier one's place.
        assert_eq!(
            for_path(&overriding, "/a.js"),
            pairs(&[("cache-control", "max-age=60"), ("X-A", "1")])
        );
        assert_eq!(
            for_path(&overriding, "/a.css"),
            pairs(&[("Cache-Control", "no-store"), ("X-A", "1")])
        );
        assert_eq!(for_path(&[], "/a.js"), []);
    }

    #[test]
    fn bases_get_a_leading_and_a_trailing_slash() {
        assert_eq!(normalise_base("/").unwrap(), "/");
        assert_eq!(normalise_base("").unwrap(), "/");
        assert_eq!(
            normalise_base("graphics/2022/rural").unwrap(),
            "/graphics/2022/rural/"
        );
        assert_eq!(
            normalise_base("/graphics/2022/rural/").unwrap(),
            "/graphics/2022/rural/"
        );
        assert!(normalise_base("/a//b/").is_err());
        assert!(normalise_base("/a/../b/").is_err());
        assert!(normalise_base("/a b/").is_err());
    }

    #[test]
    fn requests_are_routed_with_the_base_stripped() {
        let base = "/graphics/2022/rural/";
        assert_eq!(
            route(base, "/graphics/2022/rural/index.html"),
            Route::Site("/index.html")
        );
        assert_eq!(route(base, "/graphics/2022/rural/"), Route::Site("/"));
        assert_eq!(route(base, "/graphics/2022/rural/en/"), Route::Site("/en/"));
        assert_eq!(route(base, "/graphics/2022/rural"), Route::ToBase);
        assert_eq!(route(base, "/graphics/2022/ruralx"), Route::Outside);
        assert_eq!(route(base, "/graphics/2022/"), Route::Outside);
        assert_eq!(route(base, "/index.html"), Route::Outside);
        assert_eq!(route("/", "/index.html"), Route::Site("/index.html"));
        assert_eq!(route("/", "/"), Route::Site("/"));

        // Stripped, a directory request is matched as `/` and a page as `/index.html`.
        let rules = parse(EXAMPLE).unwrap();
        let Route::Site(page) = route(base, "/graphics/2022/rural/index.html") else {
            unreachable!()
        };
        assert!(for_path(&rules, page).contains(&("Cache-Control".into(), "no-cache".into())));
        let Route::Site(dir) = route(base, "/graphics/2022/rural/") else {
            unreachable!()
        };
        assert_eq!(for_path(&rules, dir).len(), 3);
    }

    #[test]
    fn percent_escapes_are_decoded_for_matching() {
        assert_eq!(percent_decode("/a%20b.csv"), "/a b.csv");
        assert_eq!(percent_decode("/%E5%9B%BE.svg"), "/图.svg");
        assert_eq!(percent_decode("/100%"), "/100%");
        assert_eq!(percent_decode("/%zz"), "/%zz");
    }
}

//! `cargo xtask preview`: the built site served as its host will serve it. Files come from
//! tower-http's `ServeDir` (precompressed `.br` / `.gz` beside a file chosen by
//! Accept-Encoding, Last-Modified and ETag with their 304s, ranges, `index.html` for
//! directories), under a sub-path of the server like a news site's `/graphics/…/`, with the
//! headers of the site's `_headers` file (see [`crate::headers`]) on every response.

use crate::headers::{self, Route, Rule};
use crate::project::{self, Result};
use http_body_util::{Either, Empty};
use hyper::body::{Bytes, Incoming};
use hyper::header::{HeaderName, HeaderValue, LOCATION};
use hyper::{Request, Response, StatusCode, Uri};
use std::convert::Infallible;
use std::io::ErrorKind;
use std::net::{Ipv4Addr, SocketAddr};
use std::path::Path;
use std::sync::Arc;
use tower_http::services::fs::ServeFileSystemResponseBody;
use tower_http::services::ServeDir;

const DEFAULT_PORT: u16 = 8090;

/// What every request needs: the files, the rules and the sub-path.
struct Site {
    files: ServeDir,
    rules: Vec<Rule>,
    base: String,
}

pub fn run(flags: crate::flags::Preview) -> Result {
    let dir = flags.dir.unwrap_or_else(|| project::root().join("dist"));
    let base = headers::normalise_base(flags.base.as_deref().unwrap_or("/"))?;
    let site = load(&dir, base)?;
    let listener = listen(flags.port.unwrap_or(DEFAULT_PORT))?;
    let port = listener.local_addr().map_err(|e| e.to_string())?.port();
    // One line (stdout is flushed at each): whoever started us reads the address from it.
    println!(
        "serving {} at http://127.0.0.1:{port}{}",
        dir.display(),
        site.base
    );
    serve(listener, site)
}

/// Serves `dir` at the root of `http://127.0.0.1:port` (0: a free port) on a thread of its
/// own, for as long as this process runs; returns the port.
pub fn spawn(dir: &Path, port: u16) -> Result<u16> {
    let site = load(dir, "/".into())?;
    let listener = listen(port)?;
    let port = listener.local_addr().map_err(|e| e.to_string())?.port();
    std::thread::spawn(move || serve(listener, site));
    Ok(port)
}

/// The site in `dir` under the sub-path `base`, with the rules of `dir/_headers`.
fn load(dir: &Path, base: String) -> Result<Site> {
    let headers_file = dir.join(headers::FILE);
    let text = std::fs::read_to_string(&headers_file)
        .map_err(|e| format!("cannot read {}: {e}", headers_file.display()))?;
    let rules = headers::parse(&text).map_err(|e| format!("{}: {e}", headers_file.display()))?;
    Ok(Site {
        files: ServeDir::new(dir).precompressed_br().precompressed_gzip(),
        rules,
        base,
    })
}

fn listen(port: u16) -> Result<std::net::TcpListener> {
    let listener = std::net::TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, port)))
        .map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e}"))?;
    listener
        .set_nonblocking(true)
        .map_err(|e| format!("cannot listen: {e}"))?;
    Ok(listener)
}

/// Serves `site` on `listener` (non-blocking) until the process ends: one thread, one
/// task per connection, HTTP/1.1 with keep-alive.
fn serve(listener: std::net::TcpListener, site: Site) -> Result {
    let site = Arc::new(site);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .build()
        .map_err(|e| format!("cannot start the tokio runtime: {e}"))?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::from_std(listener).map_err(|e| e.to_string())?;
        loop {
            let stream = match listener.accept().await {
                Ok((stream, _)) => stream,
                Err(e) => {
                    // Out of file descriptors, say: give the open connections a moment.
                    eprintln!("preview: accept: {e}");
                    std::thread::sleep(std::time::Duration::from_millis(50));
                    continue;
                }
            };
            let site = Arc::clone(&site);
            tokio::spawn(async move {
                let service =
                    hyper::service::service_fn(move |req| respond(Arc::clone(&site), req));
                // Errors here are clients going away mid-response: nothing to do about them.
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(hyper_util::rt::TokioIo::new(stream), service)
                    .await;
            });
        }
    })
}

type Body = Either<ServeFileSystemResponseBody, Empty<Bytes>>;

fn status(code: StatusCode) -> Response<Body> {
    let mut response = Response::new(Either::Right(Empty::new()));
    *response.status_mut() = code;
    response
}

async fn respond(
    site: Arc<Site>,
    req: Request<Incoming>,
) -> std::result::Result<Response<Body>, Infallible> {
    let query = req
        .uri()
        .query()
        .map(|q| format!("?{q}"))
        .unwrap_or_default();
    let path = req.uri().path().to_string();
    let site_path = match headers::route(&site.base, &path) {
        Route::Site(p) => p.to_string(),
        Route::ToBase => {
            let mut response = status(StatusCode::MOVED_PERMANENTLY);
            let location = format!("{}{query}", site.base);
            if let Ok(value) = HeaderValue::from_str(&location) {
                response.headers_mut().insert(LOCATION, value);
            }
            return Ok(response);
        }
        Route::Outside => return Ok(status(StatusCode::NOT_FOUND)),
    };
    let decoded = headers::percent_decode(&site_path);
    // The host reads `_headers`; it does not serve it.
    if decoded.strip_prefix('/') == Some(headers::FILE) {
        return Ok(status(StatusCode::NOT_FOUND));
    }
    let (mut parts, body) = req.into_parts();
    parts.uri = match format!("{site_path}{query}").parse::<Uri>() {
        Ok(uri) => uri,
        Err(_) => return Ok(status(StatusCode::BAD_REQUEST)),
    };
    let mut files = site.files.clone();
    let mut response = match files.try_call(Request::from_parts(parts, body)).await {
        Ok(response) => response.map(Either::Left),
        // What ServeDir's `Service::call` makes a 404 (ENOTDIR: a file's name used as a
        // directory's).
        Err(e)
            if matches!(e.kind(), ErrorKind::NotFound | ErrorKind::PermissionDenied)
                || e.raw_os_error() == Some(20) =>
        {
            status(StatusCode::NOT_FOUND)
        }
        Err(e) => {
            eprintln!("preview: {path}: {e}");
            status(StatusCode::INTERNAL_SERVER_ERROR)
        }
    };
    // ServeDir redirects `/dir` to `/dir/` in the path it was given: put the base back.
    if response.status().is_redirection() {
        let prefixed = response
            .headers()
            .get(LOCATION)
            .and_then(|l| l.to_str().ok())
            .filter(|l| l.starts_with('/'))
            .map(|l| format!("{}{l}", &site.base[..site.base.len() - 1]));
        if let Some(value) = prefixed.and_then(|l| HeaderValue::from_str(&l).ok()) {
            response.headers_mut().insert(LOCATION, value);
        }
    }
    for (name, value) in headers::for_path(&site.rules, &decoded) {
        // Checked by the parser.
        if let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(&value),
        ) {
            response.headers_mut().insert(name, value);
        }
    }
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;
    use http_body_util::BodyExt;
    use std::path::PathBuf;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// A fresh directory under the system's temporary one, with `files` (path → bytes).
    fn site_dir(files: &[(&str, &[u8])]) -> PathBuf {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "xtask-preview-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        for (path, bytes) in files {
            let file = dir.join(path);
            std::fs::create_dir_all(file.parent().unwrap()).unwrap();
            std::fs::write(file, bytes).unwrap();
        }
        dir
    }

    #[test]
    fn a_missing_or_malformed_headers_file_is_an_error_naming_it() {
        let dir = site_dir(&[("index.html", b"hi")]);
        let err = load(&dir, "/".into()).err().unwrap();
        assert!(
            err.starts_with(&format!(
                "cannot read {}",
                dir.join(headers::FILE).display()
            )),
            "{err}"
        );
        std::fs::write(dir.join(headers::FILE), "/*\n  X-A: 1\n\n  oops\n").unwrap();
        let err = load(&dir, "/".into()).err().unwrap();
        assert_eq!(
            err,
            format!(
                "{}: line 4: `oops` is not a `Name: value` header",
                dir.join(headers::FILE).display()
            )
        );
        std::fs::remove_dir_all(dir).unwrap();
    }

    struct Reply {
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    }

    impl Reply {
        fn header(&self, name: &str) -> Option<&str> {
            self.headers
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.as_str())
        }
    }

    /// One HTTP/1.1 request over a fresh connection, read to its end.
    fn get(port: u16, path: &str, extra: &[(&str, &str)]) -> Reply {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_io()
            .build()
            .unwrap();
        runtime.block_on(async {
            let stream = tokio::net::TcpStream::connect(("127.0.0.1", port))
                .await
                .unwrap();
            let (mut sender, connection) =
                hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(stream))
                    .await
                    .unwrap();
            tokio::spawn(connection);
            let mut request = Request::get(path).header("host", "127.0.0.1");
            for (name, value) in extra {
                request = request.header(*name, *value);
            }
            let response = sender
                .send_request(request.body(Empty::<Bytes>::new()).unwrap())
                .await
                .unwrap();
            let status = response.status().as_u16();
            let headers = response
                .headers()
                .iter()
                .map(|(n, v)| (n.to_string(), v.to_str().unwrap().to_string()))
                .collect();
            let body = response.into_body().collect().await.unwrap().to_bytes();
            Reply {
                status,
                headers,
                body: body.to_vec(),
            }
        })
    }

    const HEADERS: &str = "\
# as the build writes it
/*
  X-Content-Type-Options: nosniff
/*.html
  Cache-Control: no-cache
  Content-Security-Policy: default-src 'self'
/
  Cache-Control: no-cache
/app-0123.js
  Cache-Control: public, max-age=31536000, immutable
/app_bg-4567.wasm
  Cache-Control: public, max-age=31536000, immutable
  Content-Type: application/x-test-wasm
";

    #[test]
    fn serves_files_under_the_base_with_their_headers_encodings_304s_and_redirects() {
        let dir = site_dir(&[
            (headers::FILE, HEADERS.as_bytes()),
            ("index.html", b"<p>story</p>"),
            ("app-0123.js", b"plain js"),
            ("app-0123.js.br", b"brotli js"),
            ("app-0123.js.gz", b"gzip js"),
            ("app_bg-4567.wasm", b"\0asm"),
            ("en/index.html", b"<p>english</p>"),
        ]);
        let site = load(
            &dir,
            headers::normalise_base("/graphics/2022/rural").unwrap(),
        )
        .unwrap();
        let listener = listen(0).unwrap();
        let port = listener.local_addr().unwrap().port();
        std::thread::spawn(move || serve(listener, site));
        let base = "/graphics/2022/rural/";

        // An entry page: by its name and as the directory's index.
        for path in [format!("{base}index.html"), base.to_string()] {
            let page = get(port, &path, &[]);
            assert_eq!(page.status, 200, "{path}");
            assert_eq!(page.body, b"<p>story</p>");
            assert_eq!(page.header("cache-control"), Some("no-cache"), "{path}");
            assert_eq!(page.header("x-content-type-options"), Some("nosniff"));
            // `/` is not `/*.html`: the directory request gets the `/` rule only.
            let csp = if path.ends_with(".html") {
                Some("default-src 'self'")
            } else {
                None
            };
            assert_eq!(page.header("content-security-policy"), csp, "{path}");
        }

        // Precompressed variants by Accept-Encoding, with Vary; the rules' headers on each.
        for (accept, body, encoding) in [
            ("br, gzip", &b"brotli js"[..], Some("br")),
            ("gzip", b"gzip js", Some("gzip")),
            ("identity", b"plain js", None),
        ] {
            let js = get(
                port,
                &format!("{base}app-0123.js"),
                &[("Accept-Encoding", accept)],
            );
            assert_eq!(js.status, 200);
            assert_eq!(js.body, body, "{accept}");
            assert_eq!(js.header("content-encoding"), encoding, "{accept}");
            assert_eq!(js.header("vary"), Some("accept-encoding"));
            assert_eq!(
                js.header("cache-control"),
                Some("public, max-age=31536000, immutable")
            );
            assert_eq!(js.header("x-content-type-options"), Some("nosniff"));
        }

        // `_headers` overrides ServeDir's own headers.
        let wasm = get(port, &format!("{base}app_bg-4567.wasm"), &[]);
        assert_eq!(wasm.header("content-type"), Some("application/x-test-wasm"));

        // Revalidation: Last-Modified and ETag give 304s that still carry the headers.
        let page = get(port, &format!("{base}index.html"), &[]);
        let since = page.header("last-modified").unwrap();
        let etag = page.header("etag").unwrap();
        for condition in [("If-Modified-Since", since), ("If-None-Match", etag)] {
            let again = get(port, &format!("{base}index.html"), &[condition]);
            assert_eq!(again.status, 304, "{condition:?}");
            assert!(again.body.is_empty());
            assert_eq!(again.header("cache-control"), Some("no-cache"));
        }

        // The base without its slash, and a directory without its slash, redirect inside
        // the base, query kept; everything outside the base is not found.
        let to_base = get(port, "/graphics/2022/rural?lang=en", &[]);
        assert_eq!(to_base.status, 301);
        assert_eq!(
            to_base.header("location"),
            Some("/graphics/2022/rural/?lang=en")
        );
        let to_dir = get(port, &format!("{base}en"), &[]);
        assert_eq!(to_dir.status / 100, 3);
        assert_eq!(to_dir.header("location"), Some("/graphics/2022/rural/en/"));
        assert_eq!(
            get(port, &format!("{base}en/"), &[]).body,
            b"<p>english</p>"
        );
        for outside in [
            "/",
            "/index.html",
            "/graphics/2022/ruralx/index.html",
            "/graphics/",
        ] {
            assert_eq!(get(port, outside, &[]).status, 404, "{outside}");
        }
        assert_eq!(get(port, &format!("{base}missing.js"), &[]).status, 404);
        assert_eq!(
            get(port, &format!("{base}{}", headers::FILE), &[]).status,
            404
        );
        assert_eq!(get(port, &format!("{base}index.html/x"), &[]).status, 404);
        assert_eq!(
            get(port, &format!("{base}../../../etc/passwd"), &[]).status,
            404
        );

        std::fs::remove_dir_all(dir).unwrap();
    }
}

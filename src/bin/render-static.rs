//! `render-static INDEX_HTML`: renders the story, with the same components the browser
//! runs, into the page's `<main id="rural-story">`, so the page that arrives already holds
//! the article, its key figures and every chart as SVG, for readers without JavaScript or
//! WebAssembly and for everyone before the wasm has loaded. Beside it, one page per chart
//! (`chart-<id>.html`) holds that chart's compact view, for iframes of a single chart.

use rural_story::chart::{build_spec, download_path, render_svg, svg_document, to_csv, Scale};
use rural_story::host::{Embedding, Placement, StoryPages};
use rural_story::page_head::{head_metadata, site_url, up_to_story, SITE_URL_VARIABLE};
use rural_story::story::{load, Chart, Story, EMBEDDED_STORY};
use rural_story::ui::escape_html;
use rural_story::ui::{every_drawing, place_of, render_html, target_place_rules};
use rural_story::Lang;
use std::path::Path;
use std::process::ExitCode;

/// The empty mount point of the page Trunk built, as written (`index.html`) and as Trunk's
/// release minifier writes it.
const MOUNTS: [&str; 2] = [
    "<main id=\"rural-story\"></main>",
    "<main id=rural-story></main>",
];

fn render(chart: Option<&str>, lang: Lang) -> String {
    let embedding = Embedding {
        placement: Placement::Page,
        chart: chart.map(String::from),
        // Addresses relative to the page: the other language's pages are one folder
        // down (`en/`) or up.
        base_url: up_to_story(lang).to_string(),
        pages: StoryPages::Widget,
    };
    render_html(load(EMBEDDED_STORY), lang, None, embedding)
}

/// One prerendered page: the story (`chart` none) or one chart, in one language.
struct Page<'a> {
    chart: Option<&'a Chart>,
    lang: Lang,
}

impl Page<'_> {
    fn file(&self) -> String {
        match self.chart {
            Some(chart) => format!("chart-{}.html", chart.id),
            None => "index.html".into(),
        }
    }

    fn render(
        &self,
        template: &str,
        mount_point: &str,
        story: &Story,
        site: Option<&str>,
    ) -> Result<Rendered, String> {
        let lang = self.lang;
        let chart_id = self.chart.map(|c| c.id.as_str());
        let mount = match chart_id {
            Some(id) => format!(
                "<main id=\"rural-story\" data-chart=\"{}\">{}</main>",
                escape_html(id),
                render(chart_id, lang)
            ),
            None => format!("<main id=\"rural-story\">{}</main>", render(None, lang)),
        };
        let (title, description) = match self.chart {
            Some(chart) => (
                format!("{} · {}", chart.title.get(lang), story.meta.title.get(lang)),
                chart.takeaway.get(lang).to_string(),
            ),
            None => (
                story.meta.title.get(lang).to_string(),
                story.meta.summary.get(lang).to_string(),
            ),
        };
        let mut page = template.replacen(mount_point, &mount, 1);
        page = replace_title(&page, &title);
        // The story's page names its charts, for `?chart=<id>` (prefs.js, src/enhance).
        let charts: Vec<&str> = story.charts.iter().map(|c| c.id.as_str()).collect();
        let charts = self.chart.is_none().then(|| charts.join(" "));
        page = set_html_attributes(&page, lang, charts.as_deref());
        let up = up_to_story(lang);
        if !up.is_empty() {
            page = head_addresses_from(&page, up);
        }
        let head = head_metadata(story, lang, &self.file(), site, &title, &description);
        page = page.replacen("</head>", &format!("{head}</head>"), 1);
        let file = Path::new(lang.dir()).join(chart_page_or_index(chart_id)?);
        Ok(Rendered { file, page })
    }
}

/// A page as rendered: where it goes (relative to the story's folder) and the whole page.
struct Rendered {
    file: std::path::PathBuf,
    page: String,
}

/// `<html lang>` as the page's language (Trunk's minifier may have dropped the quotes), and
/// `data-charts`, the story's chart ids, where given.
fn set_html_attributes(page: &str, lang: Lang, charts: Option<&str>) -> String {
    let charts = charts
        .map(|ids| format!(" data-charts=\"{}\"", escape_html(ids)))
        .unwrap_or_default();
    let tag = format!("<html lang=\"{}\"{charts}>", lang.tag());
    for written in ["<html lang=\"zh-CN\">", "<html lang=zh-CN>"] {
        if page.contains(written) {
            return page.replacen(written, &tag, 1);
        }
    }
    page.to_string()
}

/// The head's own addresses (`./style.css`, `./start.js` …) as seen from a language's
/// folder (`../style.css`).
fn head_addresses_from(page: &str, up: &str) -> String {
    let Some(end) = page.find("</head>") else {
        return page.to_string();
    };
    let head = page[..end]
        .replace("=\"./", &format!("=\"{up}"))
        .replace("=./", &format!("={up}"));
    format!("{head}{}", &page[end..])
}

/// The files the tools link to (`chart::download_path`): each chart's CSV and drawing,
/// per language (and per scale, for charts with both).
fn write_downloads(story: &Story, dir: &Path) -> Result<usize, String> {
    let mut files: Vec<(String, String)> = Vec::new();
    for lang in [Lang::Zh, Lang::En] {
        for chart in &story.charts {
            let file = |scale: Option<Scale>, ext| {
                download_path(&story.meta.id, &chart.id, scale, lang, ext)
            };
            let spec = |scale: Scale| build_spec(story, chart, lang, scale, DRAWING_WIDTH);
            // The data does not depend on the scale.
            files.push((file(None, "csv"), to_csv(&spec(Scale::Linear))));
            let scales: &[Option<Scale>] = if chart.log_switch {
                &[Some(Scale::Linear), Some(Scale::Log)]
            } else {
                &[None]
            };
            for &scale in scales {
                let svg = render_svg(&spec(scale.unwrap_or_default()))?.svg;
                files.push((file(scale, "svg"), svg_document(&svg)));
            }
        }
    }
    for (path, content) in &files {
        let path = dir.join(path);
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder)
                .map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
        }
        std::fs::write(&path, content)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(files.len())
}

/// The width the downloadable drawings are drawn for (the page's default drawing width).
const DRAWING_WIDTH: u32 = 560;

fn run(path: &Path) -> Result<(), String> {
    let template = std::fs::read_to_string(path).map_err(|e| format!("cannot read: {e}"))?;
    let Some(mount_point) = MOUNTS.into_iter().find(|m| template.contains(m)) else {
        return Err(format!("no empty {} to render into", MOUNTS[0]));
    };
    let story = load(EMBEDDED_STORY).map_err(|e| e.to_string())?;
    let site = site_url(std::env::var(SITE_URL_VARIABLE).ok().as_deref())?;
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut pages = Vec::new();
    for lang in [Lang::Zh, Lang::En] {
        let charts = story.charts.iter().map(Some);
        for chart in std::iter::once(None).chain(charts) {
            let page = Page { chart, lang };
            pages.push(page.render(&template, mount_point, &story, site.as_deref())?);
        }
    }
    let (places, integrity) = append_target_places(dir, &story)?;
    for rendered in &pages {
        let page = rendered.page.replace(&integrity.0, &integrity.1);
        let file = dir.join(&rendered.file);
        if let Some(folder) = file.parent() {
            std::fs::create_dir_all(folder)
                .map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
        }
        std::fs::write(&file, page).map_err(|e| format!("cannot write {}: {e}", file.display()))?;
    }
    let pages = pages.len();
    let files = write_downloads(&story, dir)?;
    println!("rendered the story into {pages} pages (each language: the story and one page per chart), {files} files to download and {places} bar target places");
    Ok(())
}

/// The stylesheet the pages load (`style.css`, Trunk's name before publishing hashes it)
/// gets the places of the bar targets of every drawing the pages hold. Returns how many,
/// and the stylesheet's integrity digest before and after, for the pages' `<link
/// integrity>` (Trunk wrote the first; a browser refuses a stylesheet whose digest differs).
fn append_target_places(dir: &Path, story: &Story) -> Result<(usize, (String, String)), String> {
    let drawings = [Lang::Zh, Lang::En]
        .into_iter()
        .flat_map(|lang| every_drawing(story, lang));
    let places = drawings.flat_map(|drawing| match drawing.rendered {
        Ok(r) => r
            .marks
            .iter()
            .map(|mark| place_of(mark, r.width, r.height))
            .collect(),
        Err(_) => Vec::new(),
    });
    let rules = target_place_rules(places);
    let path = dir.join("style.css");
    let mut css = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let before = integrity(&css);
    css.push('\n');
    css.push_str(&rules);
    std::fs::write(&path, &css).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok((rules.lines().count(), (before, integrity(&css))))
}

/// Subresource Integrity's `sha384-…` digest of `content`, as Trunk writes it.
fn integrity(content: &str) -> String {
    use base64::Engine;
    use sha2::Digest;
    let digest = sha2::Sha384::digest(content.as_bytes());
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// `index.html`, or `chart-<id>.html`: a plain file name, never a path. Validation already allows only
/// slugs as ids; this keeps any id from writing outside `dist/` even if that rule changed.
fn chart_page_or_index(id: Option<&str>) -> Result<String, String> {
    let Some(id) = id else {
        return Ok("index.html".into());
    };
    let name = format!("chart-{id}.html");
    let plain = Path::new(&name).file_name().and_then(|n| n.to_str()) == Some(name.as_str())
        && !name.contains(['/', '\\']);
    if plain {
        Ok(name)
    } else {
        Err(format!("chart id {id:?} does not make a plain file name"))
    }
}

/// The page's `<title>` text replaced by `title` (escaped).
fn replace_title(page: &str, title: &str) -> String {
    let (Some(start), Some(end)) = (page.find("<title>"), page.find("</title>")) else {
        return page.to_string();
    };
    let title = escape_html(title);
    format!("{}<title>{title}{}", &page[..start], &page[end..])
}

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: render-static INDEX_HTML");
        return ExitCode::from(2);
    };
    match run(Path::new(&path)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{path}: {e}");
            ExitCode::FAILURE
        }
    }
}

//! `render-static INDEX_HTML`: renders the story, with the same components the browser
//! runs, into the page's `<main id="rural-story">`, so the page that arrives already holds
//! the article, its key figures and every chart as SVG, for readers without JavaScript or
//! WebAssembly and for everyone before the wasm has loaded. Beside it, one page per chart
//! (`chart-<id>.html`) holds that chart's compact view, for iframes of a single chart.

use leptos::prelude::*;
use rural_story::host::{Embedding, Placement};
use rural_story::story::{load, EMBEDDED_STORY};
use rural_story::ui::StoryApp;
use rural_story::Lang;
use std::path::Path;
use std::process::ExitCode;

/// The empty mount point of the page Trunk built, as written (`index.html`) and as Trunk's
/// release minifier writes it.
const MOUNTS: [&str; 2] = [
    "<main id=\"rural-story\"></main>",
    "<main id=rural-story></main>",
];

fn render(chart: Option<&str>) -> String {
    let embedding = Embedding {
        placement: Placement::Page,
        chart: chart.map(String::from),
        ..Embedding::default()
    };
    let html = Owner::new().with(|| {
        view! { <StoryApp story=load(EMBEDDED_STORY) initial_lang=Lang::Zh embedding=embedding/> }
            .to_html()
    });
    valid_markers(&html)
}

/// Leptos marks the places of dynamic views with `<!>`, an empty comment that HTML's
/// parser accepts but validators report as a bogus comment; `<!---->` is the same empty
/// comment node, written validly. Story text never holds a raw `<` (it is escaped).
fn valid_markers(html: &str) -> String {
    html.replace("<!>", "<!---->")
}

fn run(path: &Path) -> Result<(), String> {
    let template = std::fs::read_to_string(path).map_err(|e| format!("cannot read: {e}"))?;
    let Some(mount_point) = MOUNTS.into_iter().find(|m| template.contains(m)) else {
        return Err(format!("no empty {} to render into", MOUNTS[0]));
    };
    let story = load(EMBEDDED_STORY).map_err(|e| e.to_string())?;
    let page = |chart: Option<&str>, title: &str| {
        let mount = match chart {
            Some(id) => format!(
                "<main id=\"rural-story\" data-chart=\"{}\">{}</main>",
                rural_story::ui::escape_html(id),
                render(chart)
            ),
            None => format!("<main id=\"rural-story\">{}</main>", render(None)),
        };
        let page = template.replacen(mount_point, &mount, 1);
        let page = replace_title(&page, title);
        match &story.meta.source_url {
            Some(url) => add_canonical_link(&page, url),
            None => page,
        }
    };
    std::fs::write(path, page(None, &story.meta.title.zh))
        .map_err(|e| format!("cannot write: {e}"))?;
    let dir = path.parent().unwrap_or(Path::new("."));
    for chart in &story.charts {
        let file = dir.join(chart_page(&chart.id)?);
        let title = format!("{} · {}", chart.title.zh, story.meta.title.zh);
        std::fs::write(&file, page(Some(&chart.id), &title))
            .map_err(|e| format!("cannot write {}: {e}", file.display()))?;
    }
    println!(
        "rendered the story into {} and {} chart pages",
        path.display(),
        story.charts.len()
    );
    Ok(())
}

/// `chart-<id>.html`: a plain file name, never a path. Validation already allows only
/// slugs as ids; this keeps any id from writing outside `dist/` even if that rule changed.
fn chart_page(id: &str) -> Result<String, String> {
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
    let title = rural_story::ui::escape_html(title);
    format!("{}<title>{title}{}", &page[..start], &page[end..])
}

/// `<link rel="canonical">` to the original article, last in `<head>`: the page republishes
/// it, and search engines should credit the original.
fn add_canonical_link(page: &str, url: &str) -> String {
    let link = format!(
        "<link rel=\"canonical\" href=\"{}\">\n</head>",
        rural_story::ui::escape_html(url)
    );
    page.replacen("</head>", &link, 1)
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

fn main() {
    let story = rural_story::story::load(rural_story::story::EMBEDDED_STORY).unwrap();
    for chart in &story.charts {
        for (lang, scale) in [(rural_story::Lang::Zh, rural_story::chart::Scale::Linear), (rural_story::Lang::En, rural_story::chart::Scale::Log)] {
            let spec = rural_story::chart::build_spec(&story, chart, lang, scale, 360);
            let r = rural_story::chart::render_svg(&spec).unwrap();
            std::fs::write(format!("/tmp/chart-{}-{:?}.svg", chart.id, lang), &r.svg).unwrap();
        }
    }
}

//! Developer workflow for rural-story. Run `cargo xtask help`.

mod bench;
mod build;
mod bundle;
mod e2e;
mod flags;
mod headers;
mod links;
mod loader;
mod prerender;
mod preview;
mod project;
mod publish;
mod second_story;
mod size;
mod test;
mod tools;
mod validate;
mod versions;

use flags::XtaskCmd;
use project::Result;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    project::install_tool_path();
    if std::env::args_os().len() == 1 {
        print!("{}", flags::help());
        return ExitCode::SUCCESS;
    }
    let flags = match flags::Xtask::from_env() {
        Ok(flags) => flags,
        Err(err) if err.is_help() => {
            print!("{err}");
            return ExitCode::SUCCESS;
        }
        Err(err) => {
            eprintln!("error: {err}\n(`cargo xtask help` lists the commands)");
            return ExitCode::from(2);
        }
    };
    match run(flags.subcommand) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}

fn run(command: XtaskCmd) -> Result {
    match command {
        XtaskCmd::Help(_) => {
            print!("{}", flags::help());
            Ok(())
        }
        XtaskCmd::Setup(flags) => tools::setup(flags.browser),
        XtaskCmd::Serve(flags) => build::serve(flags),
        XtaskCmd::Build(flags) => build::build(flags),
        XtaskCmd::Size(_) => size::run(),
        XtaskCmd::E2e(_) => e2e::run(),
        XtaskCmd::Preview(flags) => preview::run(flags),
        XtaskCmd::Bench(flags) => bench::run(flags),
        XtaskCmd::Validate(flags) => validate::validate(&flags.file),
        XtaskCmd::DraftStory(flags) => validate::draft(&flags.article),
        // Trunk's hooks get their directory in TRUNK_STAGING_DIR.
        XtaskCmd::ExternalizeLoader(flags) => loader::externalize(&staging_dir(flags.dir)?),
        XtaskCmd::EmbedBundle(flags) => build_bundle(&bundle::EMBED, flags.dir),
        XtaskCmd::StudioBundle(flags) => build_bundle(&bundle::STUDIO, flags.dir),
        XtaskCmd::DevExamples(_) => dev_examples(&staging_dir(None)?, trunk_release()),
        XtaskCmd::Prerender(flags) => prerender::run(&staging_dir(flags.dir)?),
        XtaskCmd::Test(flags) => test::run(&flags.steps),
    }
}

/// `dir`, else the directory Trunk gives its hooks.
fn staging_dir(dir: Option<PathBuf>) -> Result<PathBuf> {
    dir.or_else(|| std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from))
        .ok_or_else(|| "needs a DIR (or TRUNK_STAGING_DIR, as Trunk's hooks get)".to_string())
}

/// A bundle hook: into `dir` (then the release bundle), else into Trunk's staging
/// directory as Trunk's profile.
fn build_bundle(bundle: &bundle::Bundle, dir: Option<PathBuf>) -> Result {
    let release = dir.is_some() || trunk_release();
    bundle.build(&staging_dir(dir)?, release)
}

fn trunk_release() -> bool {
    std::env::var("TRUNK_PROFILE").as_deref() == Ok("release")
}

/// Copies examples/ into a development build's `dir` (a Trunk hook); release builds leave
/// them out.
fn dev_examples(dir: &Path, release: bool) -> Result {
    if release {
        return Ok(());
    }
    project::copy_files("examples", &dir.join("examples"))
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    /// Which modules each module names (`crate::name`), read from the sources.
    fn imports() -> BTreeMap<String, BTreeSet<String>> {
        let dir = crate::project::root().join("xtask/src");
        let mut graph = BTreeMap::new();
        for entry in walkdir::WalkDir::new(&dir) {
            let path = entry.unwrap().into_path();
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&path).unwrap();
            let mut named = BTreeSet::new();
            for (at, _) in text.match_indices("crate::") {
                let rest = &text[at + "crate::".len()..];
                let end = rest.find(|c: char| !c.is_alphanumeric() && c != '_');
                named.insert(rest[..end.unwrap_or(rest.len())].to_string());
            }
            // `use crate::{a, b}`.
            for (at, _) in text.match_indices("crate::{") {
                let list = &text[at + "crate::{".len()..];
                for word in list[..list.find('}').unwrap()].split(',') {
                    named.insert(word.trim().split("::").next().unwrap().to_string());
                }
            }
            named.remove("");
            named.remove(&name);
            graph.insert(name, named);
        }
        graph
    }

    #[test]
    fn no_module_imports_one_that_imports_it_back() {
        let graph = imports();
        assert!(graph["size"].contains("publish"), "{graph:?}");
        // Depth-first from every module: a module met again on its own path is a circle.
        fn visit<'a>(
            graph: &'a BTreeMap<String, BTreeSet<String>>,
            module: &'a str,
            path: &mut Vec<&'a str>,
        ) {
            if let Some(start) = path.iter().position(|m| *m == module) {
                panic!("import circle: {} → {module}", path[start..].join(" → "));
            }
            path.push(module);
            for next in graph.get(module).into_iter().flatten() {
                visit(graph, next, path);
            }
            path.pop();
        }
        for module in graph.keys() {
            visit(&graph, module, &mut Vec::new());
        }
    }
}

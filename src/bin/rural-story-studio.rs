//! The story studio's bundle, loaded only by `studio/index.html`: a client-side Leptos app
//! in which a newsroom drafts, checks, previews and publishes the next story.

fn main() {
    rural_story::host::show_panics();
    rural_story::studio::start();
}

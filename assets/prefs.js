// The reader's language and theme, before the first paint. Each language is its own page
// (index.html, en/index.html); `?lang=` and a remembered choice (on the story's default
// page only) lead to the other one at once, so it is never shown first; `?chart=<id>` on
// the story's page leads to that chart's own page (chart-<id>.html). `?theme=` forces
// a theme; otherwise the system setting rules (style.css). Storage may throw (blocked in
// cross-site frames): the choice then lasts only as long as the address.
(() => {
  const html = document.documentElement;
  html.dataset.scripted = "";
  const query = new URLSearchParams(location.search);
  const theme = query.get("theme");
  if (theme === "dark" || theme === "light") html.dataset.theme = theme;
  const here = html.lang.startsWith("en") ? "en" : "zh";
  let wanted = query.get("lang");
  if (!wanted && here === "zh") {
    try { wanted = localStorage.getItem("rural-story.lang"); } catch (_) {}
  }
  wanted = (wanted || "").replace(/"/g, "").toLowerCase().slice(0, 2);
  let file = location.pathname.split("/").pop() || "index.html";
  const chart = (query.get("chart") || "").replace(/[^a-z0-9-]/g, "");
  const toChart = chart && file === "index.html";
  if (toChart) file = "chart-" + chart + ".html";
  const toLang = (wanted === "en" || wanted === "zh") && wanted !== here;
  if (!toChart && !toLang) return;
  const folder = !toLang ? "" : wanted === "en" ? "en/" : "../";
  location.replace(folder + file + location.search + location.hash);
})();

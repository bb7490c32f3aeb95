// The page's one script before the first paint (the rest waits for it, so the first paint
// is the prerendered page and nothing else delays it).
// - Language and theme: each language is its own page (index.html, en/index.html);
//   `?lang=` and a remembered choice (on the story's default page only) lead to the other
//   one at once, so it is never shown first. `?chart=<id>` on the story's page leads to that
//   chart's own page (chart-<id>.html) if the story has it (`data-charts`, written by the
//   build). `?theme=` forces a theme; otherwise the system setting rules (style.css).
//   Storage may throw (blocked in cross-site frames): the choice then lasts as long as the
//   address.
// - In a frame: marks the page (style.css sizes nothing from a frame's viewport).
// - After the first contentful paint: frame.js (the frame's height, for its parent) and
//   start.js (the wasm, which enhances the page once it is parsed). If the app cannot
//   start, the page is marked `data-failed` and shows itself as without JavaScript. Fetched while the rest
//   of the page is parsed and laid out, never before the story is on screen.
(() => {
  const html = document.documentElement;
  html.dataset.scripted = "";
  if (parent !== window) html.dataset.framed = "";
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
  const chart = query.get("chart") || "";
  const charts = (html.dataset.charts || "").split(" ");
  const toChart = file === "index.html" && chart !== "" && charts.includes(chart);
  if (toChart) file = "chart-" + chart + ".html";
  const toLang = (wanted === "en" || wanted === "zh") && wanted !== here;
  if (toChart || toLang) {
    const folder = !toLang ? "" : wanted === "en" ? "en/" : "../";
    location.replace(folder + file + location.search + location.hash);
    return;
  }
  const scripts = document.currentScript.src;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    const frame = document.createElement("script");
    frame.src = new URL("frame.js", scripts).href;
    document.head.append(frame);
    // start.js marks a failure to start the wasm itself; this, a failure to load start.js.
    import(new URL("start.js", scripts).href).catch(() => { html.dataset.failed = ""; });
  };
  let paintsReported = false;
  try {
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName("first-contentful-paint").length === 0) return;
      observer.disconnect();
      setTimeout(start);
    }).observe({ type: "paint", buffered: true });
    paintsReported = PerformanceObserver.supportedEntryTypes.includes("paint");
  } catch (_) {}
  // Where no paint is reported: without Paint Timing at all, a frame after the page is parsed;
  // otherwise (a small page is parsed before its first paint is shown) a frame out of view
  // 200 ms after, to tell its parent its height, and a background tab 2 s after, late enough
  // that a busy device's first paint comes first (README, "Size and speed").
  addEventListener("DOMContentLoaded", () => {
    if (!paintsReported) requestAnimationFrame(() => setTimeout(start));
    setTimeout(start, "framed" in html.dataset ? 200 : 2000);
  });
})();

import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { FLAGS } from "../../tests/e2e/chromium.mjs";
import { CHROMIUM } from "./browser.mjs";
import { count, kib, median, ms, printTable } from "./report.mjs";

// Lighthouse: the targets are mobile performance ≥ 98 and accessibility, best practices
// and SEO 100 on the story page and a chart page, with the largest contentful paint being the
// prerendered paint (LCP within 50 ms of FCP). The baseline shows what the machine allows.
const LIGHTHOUSE_PAGES = [
  { name: "story", server: "app", path: "/" },
  { name: "chart-money", server: "app", path: "/chart-money.html" },
  { name: "baseline", server: "baseline", path: "/" },
];
const CATEGORIES = [
  ["performance", "≥ 98"],
  ["accessibility", "100"],
  ["best-practices", "100"],
  ["seo", "100"],
];

/** One Lighthouse run in the running Chrome (it opens and closes its own tab, clears the origin's cache). */
async function lighthouseRun(port, url) {
  const { lhr } = await lighthouse(url, { port, logLevel: "error" });
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const num = (id) => lhr.audits[id]?.numericValue ?? null;
  // The unthrottled trace: when LCP is a later paint than FCP, it shows there first.
  const observed = lhr.audits.metrics?.details?.items?.[0] ?? {};
  const r = {
    fcp: num("first-contentful-paint"),
    lcp: num("largest-contentful-paint"),
    tbt: num("total-blocking-time"),
    cls: num("cumulative-layout-shift"),
    observedGap: observed.observedLargestContentfulPaint - observed.observedFirstContentfulPaint,
    beforeLcp: requestsBeforeLcp(lhr, observed),
    missing: (lhr.audits["network-requests"]?.details?.items ?? []).filter((i) => i.statusCode === 404).map((i) => new URL(i.url).pathname),
    failing: {},
    warnings: lhr.runWarnings,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    lighthouseVersion: lhr.lighthouseVersion,
  };
  r.gap = r.lcp - r.fcp;
  for (const [id] of CATEGORIES) {
    const category = lhr.categories[id];
    r[id] = Math.round(category.score * 100);
    if (r[id] === 100) continue;
    // What costs points (weighted audits below 1, e.g. a metric's score) and, unweighted, what
    // Lighthouse itself lists as failed (score < 0.9): the things to fix.
    // uses-long-cache-ttl: the baseline page is served with no-cache.
    r.failing[id] = category.auditRefs.flatMap(({ id: audit, weight }) => {
      const { score, scoreDisplayMode } = lhr.audits[audit];
      if (audit === "uses-long-cache-ttl" || score === null || !["binary", "numeric", "metricSavings"].includes(scoreDisplayMode)) return [];
      if (weight > 0 && score < 1) return [{ audit, score: scoreDisplayMode === "binary" ? null : score }];
      return weight === 0 && score < 0.9 ? [{ audit, score: null }] : [];
    });
  }
  return r;
}

/**
 * The requests (but the page itself) that ended before the observed LCP. Lantern, which
 * simulates the throttled load, counts every one of them in LCP but only render-blocking ones
 * in FCP: on loopback even the wasm can end before the first paint and so land in LCP. (The
 * LCP element audit fails on this Chromium: Lighthouse 12.2's trace engine misreads its trace.)
 */
function requestsBeforeLcp(lhr, observed) {
  const details = lhr.audits["network-requests"]?.details;
  const start = details?.debugData?.networkStartTimeTs;
  if (!start || !observed.observedLargestContentfulPaintTs) return [];
  return details.items
    .filter((r) => r.resourceType !== "Document" && start + r.networkEndTime * 1000 <= observed.observedLargestContentfulPaintTs)
    .map((r) => `${new URL(r.url).pathname.split("/").pop()} ${kib(r.transferSize)}`);
}

const FIGURES = [
  ["first contentful paint", "fcp", ms, ""],
  ["largest contentful paint", "lcp", ms, ""],
  ["LCP − FCP", "gap", ms, "≤ 50 ms"],
  ["LCP − FCP, observed (unthrottled trace)", "observedGap", ms, ""],
  ["total blocking time", "tbt", ms, ""],
  ["cumulative layout shift", "cls", (x) => x.toFixed(3), ""],
];

function lighthouseTable(version, runs, results, report) {
  const cell = (xs, fmt) => {
    const s = xs.filter((x) => x !== null && !Number.isNaN(x));
    if (!s.length) return "–";
    const [lo, hi] = [fmt(Math.min(...s)), fmt(Math.max(...s))];
    return lo === hi ? fmt(median(s)) : `${fmt(median(s))} (${lo}–${hi})`.replace(/ ms([)–])/g, "$1");
  };
  const rows = [["", ...LIGHTHOUSE_PAGES.map((p) => p.name), "target"]];
  const categories = CATEGORIES.map(([id, target]) => [id, id, String, target]);
  report.section(`${version}, mobile, simulated throttling (median of ${count(runs, "run")})`);
  for (const [label, key, fmt, target] of [...categories, ...FIGURES]) {
    const cells = LIGHTHOUSE_PAGES.map((p) => cell(results[p.name].map((r) => r[key]), fmt));
    rows.push([label, ...cells, target]);
    const [story, chart, baseline] = cells;
    report.row(`${label} (story page · chart page)`, `${story} · ${chart}`, baseline, target);
  }
  printTable(`${version}, mobile, simulated throttling — median (min–max) of ${runs} runs each`, rows);
  for (const p of LIGHTHOUSE_PAGES) {
    const rs = results[p.name];
    // Failing audits of every run: a weighted one's score (range), and in how many runs an
    // audit failed when not in all.
    for (const [id] of CATEGORIES) {
      const scores = new Map();
      for (const r of rs) for (const { audit, score } of r.failing[id] ?? []) scores.set(audit, [...(scores.get(audit) ?? []), score]);
      if (!scores.size) continue;
      const list = [...scores].map(([audit, xs]) => {
        const s = xs.filter((x) => x !== null);
        const range = s.length ? ` ${Math.min(...s)}${Math.max(...s) > Math.min(...s) ? `–${Math.max(...s)}` : ""}` : "";
        return `${audit}${range}${xs.length < rs.length ? ` (${xs.length}/${rs.length} runs)` : ""}`;
      });
      console.log(`${p.name}, ${id} below 100: ${list.join(", ")}`);
    }
    const before = [...new Set(rs.flatMap((r) => r.beforeLcp))];
    console.log(`${p.name}, requests ended before the observed LCP (in simulated LCP): ${before.join(", ") || "–"}`);
  }
}

/** Lighthouse on LIGHTHOUSE_PAGES, interleaved like the load timings, in one Chrome of its own. */
export async function runLighthouse(servers, runs, report) {
  const started = performance.now();
  // chrome-launcher: a fresh temporary --user-data-dir and Lighthouse's own default flags, then ours.
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
  const results = Object.fromEntries(LIGHTHOUSE_PAGES.map((p) => [p.name, []]));
  const missing = new Set();
  let browser;
  try {
    // The user agent in Lighthouse's report hides the Chrome build.
    browser = (await (await fetch(`http://127.0.0.1:${chrome.port}/json/version`)).json()).Browser;
    for (let i = 0; i < runs; i++) {
      for (const p of LIGHTHOUSE_PAGES) {
        const r = await lighthouseRun(chrome.port, servers[p.server].origin + p.path);
        results[p.name].push(r);
        // robots.txt: the SEO audit asks for it, and its absence passes.
        for (const m of r.missing) if (m !== "/robots.txt") missing.add(`${p.name} ${m}`);
      }
    }
  } finally {
    await chrome.kill();
  }
  lighthouseTable(`Lighthouse ${results.story[0].lighthouseVersion}`, runs, results, report);
  console.log(browser);
  if (missing.size) console.log(`warning: 404 for ${[...missing].join(", ")}`);
  const all = Object.values(results).flat();
  for (const w of new Set(all.flatMap((r) => r.warnings))) console.log(`Lighthouse warning: ${w}`);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `Lighthouse: ${all.length} runs in ${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s; ` +
      `CPU benchmark index ${Math.round(median(all.map((r) => r.benchmarkIndex)))}`,
  );
}

// Cold loads: the app's story page against the baseline page, alternating (app, baseline,
// app, baseline, …), each in a new context with the cache disabled, at two sizes, with and
// without 4× CPU throttling. Each metric comes from loads with only the probe it needs
// (probes.mjs): frames (instrument), the hover (watchHover) and, at 4× CPU, blocking time
// (watchBlocking).
import { coldPage, launch, pollPage, TIMEOUT } from "./browser.mjs";
import { instrument, watchBlocking, watchHover } from "./probes.mjs";
import { count, difference, kib, median, mib, ms, printTable, ratio, times } from "./report.mjs";

const PAGES = [{ name: "app" }, { name: "baseline" }];
const VIEWPORTS = [
  { name: "desktop 1280×900", width: 1280, height: 900 },
  { name: "mobile 360×740", width: 360, height: 740 },
];
const THROTTLES = [
  { name: "no throttling", rate: 1 },
  { name: "4x CPU", rate: 4 },
];
// Longer than any answer seen; a load without one by then is reported as such (loadTimings).
const HOVER_TIMEOUT = 30_000;

/**
 * Where a reader points to hover the first bar, learned from an untimed load of the same
 * page at the same size (the first screen does not move once painted: no layout shift): the
 * middle of the first bar on screen or, where none is (a phone's first screen may hold no
 * chart), of the first one below it, with how far a reader scrolls to bring it to the middle
 * of the screen. Null where the page has no bar.
 */
async function findSpot(browser, server, viewport) {
  const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
  try {
    const page = await context.newPage();
    await page.goto(server.origin + "/", { waitUntil: "load", timeout: TIMEOUT });
    return await page.evaluate(() => {
      for (const mark of document.querySelectorAll(".rural-story-root .mark")) {
        if (!mark.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true })) continue;
        const r = mark.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        const middle = r.top + r.height / 2;
        const scroll = r.top >= 0 && r.bottom <= innerHeight ? 0 : Math.round(middle - innerHeight / 2);
        return { x: r.left + r.width / 2, y: middle - scroll, scroll };
      }
      return null;
    });
  } finally {
    await context.close();
  }
}

/**
 * From the first paint of a load (nothing is on screen to point at before it), a reader's
 * pointer on `spot` (scrolled to with the wheel, if it is below the screen), moving a pixel
 * every 10 ms, until a tooltip answers: the bar's CSS tooltip (before the app is live) or the
 * app's own. Returns the page's clock at the paint that first showed one, or null.
 *
 * The pointer is driven by input events alone, as a reader's is, and the page finds its
 * answer itself (watchHover). Finding the bar by asking the page for boxes during the load,
 * and then asking whether it answered, as this did before, waited for the page's main
 * thread at every question and made the page lay itself out at once, skipped charts
 * included. The first paint is the one the browser reports (a CDP lifecycle event); at 4×
 * CPU the first move reached the page 10–110 ms after the paint in traces, and that delay
 * counts against it. Nor is Playwright's waiting used during the load (see pollPage).
 */
async function hoverUntilAnswered(page, cdp, painted, spot, deadline) {
  let done = false;
  const moving = (async () => {
    // Moves before it would make the page hit-test, so lay itself out, while it is parsed:
    // at 4× CPU the first paint came at 628 ms with them, 568 ms without (runs of 11 and 15).
    await painted;
    // A bar below the screen: the wheel brings it to the middle of the screen, in one step
    // once the page's main thread takes the scroll; the moves go on meanwhile.
    const scrolling = spot.scroll ? page.mouse.wheel(0, spot.scroll).catch(() => {}) : null;
    for (let i = 0; !done && performance.now() < deadline; i++) {
      await page.mouse.move(spot.x + (i % 2), spot.y).catch(() => {});
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await scrolling;
  })();
  try {
    await painted;
    // The page records its answer (watchHover); this only waits for it.
    return await pollPage(cdp, "window.__bench.answered", deadline);
  } catch {
    return null;
  } finally {
    done = true;
    await moving;
  }
}

/** Total blocking time of one cold load without the probes (watchBlocking), until live + 250 ms. */
async function measureBlocking(browser, kind, server, viewport, rate) {
  const { context, page, cdp, errors } = await coldPage(browser, viewport, rate, watchBlocking, kind);
  try {
    await page.goto(server.origin + "/", { waitUntil: "load", timeout: TIMEOUT });
    await pollPage(cdp, "window.__bench.ready !== null", performance.now() + TIMEOUT);
    await page.waitForTimeout(250);
    const { result } = await cdp.send("Runtime.evaluate", {
      expression: "(b => [...b.long, ...(b.observer?.takeRecords() ?? []).map((e) => e.duration)])(window.__bench)",
      returnByValue: true,
    });
    if (errors.length) throw new Error(`${kind} page error: ${errors.join("; ")}`);
    return result.value.reduce((sum, d) => sum + Math.max(0, d - 50), 0);
  } finally {
    await context.close();
  }
}

/**
 * When a tooltip first answers a hover in one cold load of the app's page with only the hover
 * probe (watchHover), not before its first paint; null if none did.
 */
async function measureHover(browser, server, viewport, rate, spot) {
  const { context, page, cdp, errors } = await coldPage(browser, viewport, rate, watchHover, "app");
  try {
    // The first paint as the browser reports it, without asking the page.
    await cdp.send("Page.enable");
    await cdp.send("Page.setLifecycleEventsEnabled", { enabled: true });
    const painted = new Promise((resolve) => cdp.on("Page.lifecycleEvent", (e) => e.name === "firstContentfulPaint" && resolve()));
    const loading = page.goto(server.origin + "/", { waitUntil: "load", timeout: TIMEOUT });
    const answered = await hoverUntilAnswered(page, cdp, painted, spot, performance.now() + HOVER_TIMEOUT);
    await loading;
    const fcp = await pollPage(cdp, 'performance.getEntriesByName("first-contentful-paint")[0]?.startTime', performance.now() + TIMEOUT);
    if (errors.length) throw new Error(`app page error: ${errors.join("; ")}`);
    return answered === null ? null : Math.max(answered, fcp);
  } finally {
    await context.close();
  }
}

/** One cold load of `origin` in a new context, with the frame probes (instrument); returns its metrics. */
async function measure(browser, kind, server, viewport, rate) {
  const { context, page, cdp, errors, network } = await coldPage(browser, viewport, rate, instrument, kind);
  try {
    await cdp.send("Performance.enable");
    await page.goto(server.origin + "/", { waitUntil: "load", timeout: TIMEOUT });
    await pollPage(
      cdp,
      'window.__bench.drawn !== null && performance.getEntriesByName("first-contentful-paint").length > 0',
      performance.now() + TIMEOUT,
    );
    // Let the last long task (if any) reach the observer, then read everything.
    await page.waitForTimeout(250);
    const m = await page.evaluate(() => {
      const b = window.__bench;
      b.long.push(...(b.observer?.takeRecords() ?? []).map((e) => e.duration));
      return {
        fcp: performance.getEntriesByName("first-contentful-paint")[0].startTime,
        ready: b.ready,
        painted: b.painted,
        drawn: b.drawn,
        charts: b.charts,
        tbt: b.long.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
        wasmMemory: b.wasmMemory ? b.wasmMemory.buffer.byteLength : null,
      };
    });
    // Nothing is on screen before the first paint: a chart marked drawn earlier counts from FCP.
    m.drawn = Math.max(m.drawn, m.fcp);
    m.painted = Math.max(m.painted ?? m.fcp, m.fcp);
    await cdp.send("HeapProfiler.collectGarbage");
    const { metrics } = await cdp.send("Performance.getMetrics");
    m.heap = metrics.find((x) => x.name === "JSHeapUsedSize")?.value ?? null;
    Object.assign(m, { bytes: network.bytes, requests: network.requests, missing: network.missing, encodings: [...network.encodings] });
    if (errors.length) throw new Error(`${kind} page error: ${errors.join("; ")}`);
    return m;
  } finally {
    await context.close();
  }
}

const METRICS = [
  ["first contentful paint", "fcp", ms],
  ["interactive (app: data-live, baseline: script ran)", "ready", ms],
  ["charts painted (first screen, not before FCP)", "painted", ms],
  ["charts drawn and live (first screen)", "drawn", ms],
  ["a tooltip answers a hover (app; loads with only that probe)", "answered", ms],
  ["total blocking time (long tasks − 50 ms)", "tbt", ms],
  ["total blocking time, loads without the probes", "tbtQuiet", ms],
  ["JS heap used (after GC)", "heap", mib],
  ["wasm linear memory", "wasmMemory", mib],
  ["transferred (bytes on the wire)", "bytes", kib],
  ["requests", "requests", (x) => (x === null ? "–" : String(x))],
];

function table(title, runs, results) {
  const rows = [["metric", "app", "baseline", "app/baseline", "app min–max", "baseline min–max"]];
  for (const [label, key, fmt] of METRICS) {
    const a = results.app.map((r) => r[key]);
    const b = results.baseline.map((r) => r[key]);
    const range = (xs) => {
      const s = xs.filter((x) => x !== null && x !== undefined);
      return s.length ? `${fmt(Math.min(...s))}–${fmt(Math.max(...s))}`.replace(/ (ms|KiB|MiB)–/, "–") : "–";
    };
    rows.push([label, fmt(median(a)), fmt(median(b)), ratio(median(a), median(b)), range(a), range(b)]);
  }
  const charts = (k) => median(results[k].map((r) => r.charts));
  printTable(`${title} — median of ${runs} cold loads each; charts on the first screen: app ${charts("app")}, baseline ${charts("baseline")}`, rows);
}

/** The figures of one condition in the report: medians, app against baseline. */
function reportCondition(report, title, runs, results, rate) {
  report.section(`Cold loads, ${title} (median of ${count(runs, "load")} each)`);
  const [app, base] = [results.app, results.baseline];
  const pair = (key, baseKey = key) => [median(app.map((r) => r[key])), median(base.map((r) => r[baseKey]))];
  for (const [label, key, baseKey, fmt, target] of [
    ["first contentful paint", "fcp", "fcp", ms, ""],
    ["interactive (app: live; baseline: its script ran)", "ready", "ready", ms, ""],
    ["charts on the first screen drawn and live", "drawn", "drawn", ms, rate === 4 ? "≤ 1.5" : ""],
    ["a tooltip answers a hover (baseline: charts drawn)", "answered", "drawn", ms, rate === 4 ? "≤ 1.5" : ""],
    ["transferred", "bytes", "bytes", kib, ""],
    ["requests", "requests", "requests", String, ""],
  ]) {
    const [a, b] = pair(key, baseKey);
    report.row(label, a === null ? "–" : fmt(a), b === null ? "–" : fmt(b), times(a, b, target));
  }
  if (rate === 4) {
    const [a, b] = pair("tbtQuiet");
    report.row("total blocking time (loads without probes)", ms(a), ms(b), `${difference(a, b)} (target ≤ + 100 ms)`);
  }
}

/** The load timings: every condition, then the headline ratios. */
export async function loadTimings(servers, runs, report) {
  const browser = await launch();
  // Closed before the next part runs, so two browsers never share the CPU.
  try {
    console.log(`bench: Chromium ${browser.version()}, ${runs} cold loads per page and condition, interleaved`);
    // One untimed load of each first: browser start-up and font caches are not the pages' cost.
    // Where a reader points on the app's page, at each size.
    const spots = new Map();
    for (const viewport of VIEWPORTS) {
      const spot = await findSpot(browser, servers.app, viewport);
      if (!spot) throw new Error(`the app's page has no bar to hover at ${viewport.name}`);
      spots.set(viewport, spot);
    }
    for (const p of PAGES) await measure(browser, p.name, servers[p.name], VIEWPORTS[0], 1);
    const summary = [];
    const encodings = new Set();
    for (const viewport of VIEWPORTS) {
      for (const throttle of THROTTLES) {
        const results = { app: [], baseline: [] };
        for (let i = 0; i < runs; i++) {
          for (const p of PAGES) {
            const m = await measure(browser, p.name, servers[p.name], viewport, throttle.rate);
            m.encodings.forEach((e) => encodings.add(e));
            results[p.name].push(m);
          }
          // The hover in a load of its own, with only its probe (the app's page only).
          results.app[i].answered = await measureHover(browser, servers.app, viewport, throttle.rate, spots.get(viewport));
          // Blocking time in loads with no probe; its target is at 4× CPU.
          if (throttle.rate !== 4) continue;
          for (const p of PAGES) results[p.name][i].tbtQuiet = await measureBlocking(browser, p.name, servers[p.name], viewport, throttle.rate);
        }
        table(`${viewport.name}, ${throttle.name}`, runs, results);
        reportCondition(report, `${viewport.name}, ${throttle.name}`, runs, results, throttle.rate);
        const missing = new Set(PAGES.flatMap((p) => results[p.name].flatMap((r) => r.missing.map((m) => `${p.name} ${m}`))));
        if (missing.size) console.log(`warning: 404 for ${[...missing].join(", ")}`);
        if (throttle.rate === 4) {
          for (const [label, key] of [["charts painted", "painted"], ["charts drawn and live", "drawn"], ["a tooltip answers a hover", "answered"]]) {
            // The baseline's side is always its charts drawn (its script ran).
            const [a, b] = [median(results.app.map((r) => r[key])), median(results.baseline.map((r) => r[key === "answered" ? "drawn" : key]))];
            // A load with no answer within HOVER_TIMEOUT is left out of the median, and said: the
            // wheel's scroll can fall short when it lands before the page is laid out that far.
            const unanswered = results.app.filter((r) => r[key] === null).length;
            const left = unanswered ? ` (${unanswered} of ${results.app.length} loads had none and are left out)` : "";
            summary.push(`${label}, 4x CPU, ${viewport.name}: app ${ms(a)}${left}, baseline (charts drawn) ${ms(b)}, ratio ${ratio(a, b)} (target ≤ 1.5)`);
          }
          const [a, b] = ["app", "baseline"].map((k) => median(results[k].map((r) => r.tbtQuiet)));
          summary.push(
            `total blocking time, 4x CPU, ${viewport.name}, loads without the probes: app ${ms(a)}, baseline ${ms(b)}, ` +
              `difference ${ms(a - b)} (target ≤ 100 ms)`,
          );
        }
      }
    }
    console.log(`\nserved with content-encoding: ${[...encodings].join(", ")}`);
    // Desktop last: the headline figure.
    for (const line of summary.reverse()) console.log(line);
  } finally {
    await browser.close();
  }
}

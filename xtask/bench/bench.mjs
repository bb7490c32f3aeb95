// `cargo xtask bench` (after the release build): load timings of the app (dist/) against a
// hand-made baseline page (xtask/bench/baseline/) in Debian's headless Chromium.
//
// Both are served from 127.0.0.1 compressed as a static host would (brotli q11 when the
// request accepts it, else gzip -9). Every load is cold (new browser context, cache disabled
// over CDP), the two pages alternate (app, baseline, app, baseline, …), and each condition
// (viewport × CPU throttling) prints the median of every metric. Each metric comes from loads
// with only the probe it needs: frames (instrument), the app's hover (watchHover) and, at 4×
// CPU, blocking time (watchBlocking). Then the story page's
// interactions (real input, 4× CPU, Event Timing), then Lighthouse (its default config: mobile,
// simulated throttling) on the story page, a chart page and the baseline, from the same
// servers. Then repeat visits (a warm cache) of the story page and a chart page, served as
// published (`xtask preview`, dist/_headers). It prints figures; it never fails on them.
// Usage: node xtask/bench/bench.mjs [--runs N] [--interaction-runs N] [--lighthouse-runs N]
//        [--repeat-runs N] [--loads-only | --interactions-only | --lighthouse-only | --repeat-only]
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { FLAGS, TYPES } from "../../tests/e2e/chromium.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..", "..");
// playwright-core comes from the end-to-end tests' install, loaded only for the load timings
// and interactions (--lighthouse-only runs without it).
const require = createRequire(path.join(root, "tests", "e2e", "package.json"));

const PAGES = [
  { name: "app", dir: path.join(root, "dist") },
  { name: "baseline", dir: path.join(here, "baseline") },
];
const VIEWPORTS = [
  { name: "desktop 1280×900", width: 1280, height: 900 },
  { name: "mobile 360×740", width: 360, height: 740 },
];
const THROTTLES = [
  { name: "no throttling", rate: 1 },
  { name: "4x CPU", rate: 4 },
];
const TIMEOUT = 120_000;
// Longer than any answer seen; a load without one by then is reported as such (loadTimings).
const HOVER_TIMEOUT = 30_000;

const USAGE =
  "usage: bench.mjs [--runs N] [--interaction-runs N] [--lighthouse-runs N] [--repeat-runs N] [--app-port N] " +
  "[--loads-only | --interactions-only | --lighthouse-only | --repeat-only]";

function parseArgs(argv) {
  const args = { runs: 15, interactionRuns: 5, lighthouseRuns: 3, repeatRuns: 5, appPort: 0, only: null };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2);
    const only = { "--loads-only": "loads", "--lighthouse-only": "lighthouse", "--interactions-only": "interactions", "--repeat-only": "repeat" }[flag];
    if (only && inline === undefined) {
      if (args.only && args.only !== only) throw new Error(`only one --…-only flag at a time (${USAGE})`);
      args.only = only;
      continue;
    }
    const key = { "--runs": "runs", "--interaction-runs": "interactionRuns", "--lighthouse-runs": "lighthouseRuns", "--repeat-runs": "repeatRuns", "--app-port": "appPort" }[flag];
    if (!key) throw new Error(`unknown argument ${argv[i]} (${USAGE})`);
    const value = inline ?? argv[++i];
    args[key] = Number(value);
    if (!Number.isInteger(args[key]) || args[key] < 1) throw new Error(`${flag} needs a positive integer, not ${value}`);
  }
  return args;
}

function filesUnder(dir) {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath ?? e.path, e.name));
}

/**
 * Serves `dir` on 127.0.0.1 at a free port, compressed ahead of time (so no load pays for
 * compressing), and counts the encoded body bytes it sends until `reset()`.
 */
async function serve(dir, port = 0) {
  const files = new Map();
  for (const file of filesUnder(dir)) {
    const raw = fs.readFileSync(file);
    files.set(file, {
      type: TYPES[path.extname(file)] ?? "application/octet-stream",
      identity: raw,
      br: zlib.brotliCompressSync(raw, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
          [zlib.constants.BROTLI_PARAM_LGWIN]: 22,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
        },
      }),
      gzip: zlib.gzipSync(raw, { level: 9 }),
    });
  }
  const sent = { bytes: 0, requests: 0, encodings: new Set(), missing: [] };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    let file = path.join(dir, decodeURIComponent(url.pathname));
    if (!files.has(file)) file = path.join(file, "index.html");
    const entry = files.get(file);
    if (!entry) {
      sent.missing.push(url.pathname);
      res.writeHead(404).end();
      return;
    }
    const accept = String(req.headers["accept-encoding"] ?? "");
    const encoding = /\bbr\b/.test(accept) ? "br" : /\bgzip\b/.test(accept) ? "gzip" : "identity";
    const body = entry[encoding];
    const headers = { "content-type": entry.type, "content-length": body.length, vary: "accept-encoding" };
    if (encoding !== "identity") headers["content-encoding"] = encoding;
    res.writeHead(200, headers);
    res.end(body);
    sent.bytes += body.length;
    sent.requests += 1;
    sent.encodings.add(encoding);
  });
  await new Promise((resolve, reject) => server.once("error", reject).listen(port, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    sent,
    reset() {
      Object.assign(sent, { bytes: 0, requests: 0, missing: [] });
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/**
 * Runs in the page before any of its scripts, in the loads that measure blocking time alone:
 * records long tasks and when the page becomes live, as `instrument` does (an init script is
 * sent to the page on its own, so it cannot share their code), nothing else.
 * The probes of `instrument` cost the page main-thread time, and more on a bigger page: at 4×
 * CPU (desktop, 15 loads each) the app's median blocking time was 162 ms with them and 50 ms
 * without, the baseline's 17 and 8 ms.
 */
function watchBlocking(kind) {
  const bench = { long: [], ready: null };
  window.__bench = bench;
  try {
    bench.observer = new PerformanceObserver((list) => bench.long.push(...list.getEntries().map((e) => e.duration)));
    bench.observer.observe({ type: "longtask", buffered: true });
  } catch {
    // No long-task timing: TBT reads 0.
  }
  const live = kind === "app" ? ".rural-story-root[data-live]" : "[data-drawn]";
  const mo = new MutationObserver(() => {
    if (bench.ready !== null || !document.querySelector(live)) return;
    bench.ready = performance.now();
    mo.disconnect();
  });
  mo.observe(document, { subtree: true, attributes: true, attributeFilter: ["data-live", "data-drawn"] });
}

/**
 * Runs in the app's page before any of its scripts, in the loads that time a hover: records
 * when a hover was first answered (`answered`), nothing else. The frame probes of
 * `instrument` cost the page main-thread time and delay both its first paint and the answer:
 * at 4× CPU on a phone-sized screen (15 loads each) the answer came at 791 ms with them and
 * 689 ms without, the first paint at 516 and 412 ms.
 *
 * A hover's answer (see hoverUntilAnswered), found by the page itself after each pointer
 * event over a bar, so that the probe need not ask it anything: once the bar under the
 * pointer shows its tooltip, the time of the paint that showed it. That is the end of the
 * bar's mouseover in Event Timing (its time stamp plus its duration, as for every
 * interaction below); entries under 16 ms are not reported, and then it is the time stamp
 * plus 16 ms, an upper bound. A bar once seen under the pointer without its answer counts
 * from when it was seen with it.
 */
function watchHover() {
  const bench = { answered: null };
  window.__bench = bench;
  const overs = new Map();
  const unanswered = new Set();
  const inputs = [];
  let observer = null;
  try {
    observer = new PerformanceObserver((list) => inputs.push(...list.getEntries()));
    observer.observe({ type: "event", durationThreshold: 16, buffered: true });
  } catch {
    // No Event Timing: an answer counts from when the page saw it.
  }
  const shows = (mark) => {
    const css = getComputedStyle(mark, "::after").content;
    const tip = mark.closest(".chart-plot")?.querySelector(".chart-tip:not([hidden])");
    return (css && css !== "none" && css !== "normal") || (tip && tip.textContent.includes(mark.dataset.label));
  };
  let checking = false;
  const onPointer = (e) => {
    const mark = e.target.closest?.(".mark");
    if (!mark || bench.answered !== null) return;
    if (e.type === "mouseover") overs.set(mark, e.timeStamp);
    if (checking) return;
    checking = true;
    // Once the frame that handled the event has been painted.
    requestAnimationFrame(() =>
      setTimeout(() => {
        checking = false;
        if (bench.answered !== null || !mark.matches(":hover")) return;
        if (!shows(mark)) return void unanswered.add(mark);
        const over = overs.get(mark);
        if (over === undefined || observer === null || unanswered.has(mark)) {
          bench.answered = performance.now();
          return;
        }
        inputs.push(...observer.takeRecords());
        const entry = inputs.find((x) => (x.name === "mouseover" || x.name === "pointerover") && Math.abs(x.startTime - over) < 1);
        bench.answered = over + (entry ? entry.duration : 16);
      }),
    );
  };
  addEventListener("mouseover", onPointer, { capture: true, passive: true });
  addEventListener("mousemove", onPointer, { capture: true, passive: true });
}

/**
 * Runs in the page before any of its scripts. Records long tasks; when the page becomes
 * live (`ready`: app — `.rural-story-root[data-live]`, the wasm took over; baseline —
 * `[data-drawn]`, its script ran; MutationObserver, so exact); when the charts on the first
 * screen are on screen, live or not (`painted`); and, checking once per animation frame from
 * `ready` on, when every chart on the first screen is drawn and live (`drawn`).
 *
 * Before `ready` it asks the page for nothing that would make it render or lay out: an
 * IntersectionObserver reports each drawing's box as the page renders it. Polling every
 * animation frame with getBoundingClientRect from the first frame, as this did before, made
 * the page render and lay out every frame while it was parsed: about 250 ms of long tasks on
 * the story page at 4× CPU (277 against 28 ms without a probe) that a reader's page does not
 * have. This probe still adds about 75 ms (102 ms).
 */
function instrument(kind) {
  const bench = { long: [], ready: null, painted: null, drawn: null, charts: 0, wasmMemory: null };
  window.__bench = bench;
  try {
    bench.observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.long.push(entry.duration);
    });
    bench.observer.observe({ type: "longtask", buffered: true });
  } catch {
    // No long-task timing: TBT reads 0.
  }
  addEventListener("TrunkApplicationStarted", (e) => {
    bench.wasmMemory = e.detail?.wasm?.memory ?? null;
  });
  const charts = kind === "app" ? "figure.chart svg, section.steps svg" : "svg";
  const shapes = "rect, path, line, polyline, polygon, circle";

  // Painted. Each drawing in the page is observed once parsed (looked for every 10 ms in the
  // page's live list of SVGs: a MutationObserver on the whole document would be called after
  // every slice of parsing); the first screen's are those the observer reports meeting the
  // viewport with a box (the app's page also holds drawings CSS does not show: the other
  // scale, the other width, other tour steps).
  const svgs = document.getElementsByTagName("svg");
  const inView = new Map();
  const unreported = new Set();
  const firstScreenDrawn = () =>
    unreported.size === 0 && [...inView].every(([svg, shown]) => !shown || svg.querySelector(shapes));
  const io = new IntersectionObserver((entries) => {
    for (const e of entries) {
      unreported.delete(e.target);
      inView.set(e.target, e.isIntersecting && e.boundingClientRect.width > 0 && e.boundingClientRect.height > 0);
    }
    // The time of the frame in which the boxes were found: the frame that paints them.
    if (bench.painted === null && firstScreenDrawn()) bench.painted = entries[0].time;
  });
  let stamping = false;
  let scanned = 0;
  const discover = () => {
    if (bench.painted !== null) return;
    for (; scanned < svgs.length; scanned++) {
      const svg = svgs[scanned];
      if (!svg.matches(charts)) continue;
      inView.set(svg, false);
      unreported.add(svg);
      io.observe(svg);
    }
    // A drawing's shapes parsed after its box was reported: painted in the next frame.
    if (!stamping && inView.size > 0 && firstScreenDrawn()) {
      stamping = true;
      requestAnimationFrame(() => (bench.painted ??= performance.now()));
    }
    setTimeout(discover, 10);
  };
  discover();

  // Ready, then drawn. Drawings in content the page skips (`content-visibility: auto`, laid
  // out only near the screen) are not on the first screen; their boxes are not asked for.
  const live = kind === "app" ? ".rural-story-root[data-live]" : "[data-drawn]";
  const skipped = (svg) => svg.checkVisibility() && !svg.checkVisibility({ contentVisibilityAuto: true });
  const shownNow = () =>
    [...document.querySelectorAll(charts)].filter((svg) => {
      if (skipped(svg)) return false;
      const r = svg.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && r.top < innerHeight && r.bottom >= 0 && r.left < innerWidth && r.right >= 0;
    });
  const tick = () => {
    const onScreen = shownNow();
    if (onScreen.every((svg) => svg.querySelector(shapes))) {
      bench.drawn = performance.now();
      bench.charts = onScreen.length;
    } else {
      requestAnimationFrame(tick);
    }
  };
  const readyNow = () => {
    if (bench.ready !== null || !document.querySelector(live)) return false;
    bench.ready = performance.now();
    requestAnimationFrame(tick);
    return true;
  };
  // Both pages mark an element that is already there: attributes alone are watched.
  const mo = new MutationObserver(() => readyNow() && mo.disconnect());
  mo.observe(document, { subtree: true, attributes: true, attributeFilter: ["data-live", "data-drawn"] });
}

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

/**
 * Resolves with the value of `expression` in the page once it is truthy, asking every 50 ms
 * through CDP (Runtime.evaluate: one small task on the page's main thread each time).
 * Playwright's own waiting (page.waitForFunction) first evaluates its injected script, about
 * 330 KB, in the page: a task of 85–155 ms at 4× CPU in traces, which during a load would
 * land on the page measured (on the app's between its first paint and the hover's answer).
 */
async function pollPage(cdp, expression, deadline) {
  while (performance.now() < deadline) {
    const { result } = await cdp.send("Runtime.evaluate", { expression, returnByValue: true });
    if (result.value) return result.value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${expression}`);
}

/**
 * A page in a new context (so a cold load: cache disabled over CDP) at `viewport` and CPU
 * throttling `rate`, with `init(kind)` to run before the page's scripts; the caller closes
 * the context.
 */
async function coldPage(browser, viewport, rate, init, kind) {
  const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.addInitScript(init, kind);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate });
    return { context, page, cdp, errors };
  } catch (e) {
    await context.close();
    throw e;
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
  const { context, page, cdp, errors } = await coldPage(browser, viewport, rate, instrument, kind);
  try {
    await cdp.send("Performance.enable");
    server.reset();
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
    m.bytes = server.sent.bytes;
    m.requests = server.sent.requests;
    m.missing = [...server.sent.missing];
    if (errors.length) throw new Error(`${kind} page error: ${errors.join("; ")}`);
    return m;
  } finally {
    await context.close();
  }
}

const median = (xs) => {
  const s = xs.filter((x) => x !== null && x !== undefined).sort((a, b) => a - b);
  if (!s.length) return null;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const ms = (x) => (x === null ? "–" : `${Math.round(x)} ms`);
const kib = (x) => (x === null ? "–" : `${(x / 1024).toFixed(1)} KiB`);
const mib = (x) => (x === null ? "–" : `${(x / 1048576).toFixed(2)} MiB`);
const ratio = (a, b) => (a === null || b === null || b === 0 ? "–" : (a / b).toFixed(2));

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
  ["transferred (encoded bodies)", "bytes", kib],
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
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  const charts = (k) => median(results[k].map((r) => r.charts));
  console.log(`\n${title} — median of ${runs} cold loads each; charts on the first screen: app ${charts("app")}, baseline ${charts("baseline")}`);
  console.log(line(rows[0]));
  console.log("-".repeat(widths.reduce((s, w) => s + w + 2, -2)));
  for (const r of rows.slice(1)) console.log(line(r));
}

// Interactions: the issue's target is every interaction ≤ 100 ms at 4× CPU as Event Timing
// `duration` (from the input's timestamp to the next paint after its handlers, in 8 ms steps).
// The input is real (playwright's mouse, CDP Input.dispatchMouseEvent), so the browser times it
// as it would a reader's. Only the app: the baseline page has no controls.
const INTERACTION_TARGET = 100;
const MONEY = 'figure.chart[data-chart="money"]';
const BARS = 'figure.chart[data-chart="projects"] .mark:visible';
const active = (el) => el.classList.contains("active");
/**
 * In order, on one page: what the reader does, then [element, its state, the state expected]
 * showing that it took effect (one that did not would time nothing, so it fails the run). The
 * tour first: it is at the top, where the reader arrives, and follows scrolling (from below
 * the page's charts it would be at its last step).
 */
const INTERACTIONS = [
  { label: "tour next", act: "click", target: "section.steps .step-next", check: ["section.steps progress", (el) => el.value, 2] },
  { label: "tour next", act: "click", target: "section.steps .step-next", check: ["section.steps progress", (el) => el.value, 3] },
  { label: "tour previous", act: "click", target: "section.steps .step-prev", check: ["section.steps progress", (el) => el.value, 2] },
  { label: "tooltip (hover a bar)", act: "hover", target: `${BARS} >> nth=0`, check: [`${BARS} >> nth=0`, active, true] },
  { label: "tooltip (hover a bar)", act: "hover", target: `${BARS} >> nth=-1`, check: [`${BARS} >> nth=-1`, active, true] },
  { label: "chart/table switch", act: "click", target: `${MONEY} .table-toggle`, check: [MONEY, (el) => el.dataset.view, "table"] },
  { label: "chart/table switch", act: "click", target: `${MONEY} .table-toggle`, check: [MONEY, (el) => el.dataset.view, "chart"] },
  { label: "linear/log switch", act: "click", target: `${MONEY} .scale-switch button[data-scale="log"]`, check: [MONEY, (el) => el.dataset.scale, "log"] },
  { label: "linear/log switch", act: "click", target: `${MONEY} .scale-switch button[data-scale="linear"]`, check: [MONEY, (el) => el.dataset.scale, "linear"] },
];
const LANG_CLICK = "language switch (click)";
const LANG_LIVE = "language switch, to the other page live";

/**
 * Runs in the live story page: collects Event Timing entries of 16 ms and more (the least the
 * API reports; a shorter interaction leaves none). The language link navigates away: on
 * pagehide and on turning hidden the page leaves its entries in sessionStorage, which the next
 * page (same origin and tab) reads. Its click has an entry only if the old page paints again
 * before the new one replaces it, which it does in some runs and not in others; so the page
 * also notes the click's timestamp and whether a frame followed.
 */
function observeEvents() {
  const events = [];
  const describe = (el) =>
    el ? el.localName + [...el.classList].map((c) => `.${c}`).join("") + (el.dataset.scale ? `[data-scale=${el.dataset.scale}]` : "") : "(removed)";
  const keep = (entries) => {
    for (const e of entries) events.push({ name: e.name, start: e.startTime, duration: e.duration, target: describe(e.target) });
  };
  const observer = new PerformanceObserver((list) => keep(list.getEntries()));
  observer.observe({ type: "event", durationThreshold: 16, buffered: true });
  window.__events = () => (keep(observer.takeRecords()), events);
  // The link's click: its timestamp (an entry's startTime) and the next frame's rendering.
  const link = {};
  addEventListener(
    "click",
    (e) => e.target.closest?.(".lang-switch") && ((link.start = e.timeStamp), requestAnimationFrame(() => (link.frame = true))),
    true,
  );
  const save = () =>
    sessionStorage.setItem("bench-events", JSON.stringify({ origin: performance.timeOrigin, left: performance.now(), link, events: window.__events() }));
  addEventListener("pagehide", save);
  document.addEventListener("visibilitychange", save);
}

/**
 * Waits for scrolling (the tour scrolls smoothly) to stop for two frames, then 250 ms: the
 * interaction has painted, and Chromium's fake mouse move after a scroll (about 100 ms after
 * it ends: pointerover on what is now under the pointer) is not taken for the next input.
 */
function settle(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        let [last, still] = [NaN, 0];
        const frame = () => {
          [still, last] = [scrollY === last ? still + 1 : 0, scrollY];
          if (still < 2) requestAnimationFrame(frame);
          else setTimeout(resolve, 250);
        };
        requestAnimationFrame(frame);
      }),
  );
}

/**
 * The slowest entry that started in [start, end]: the interaction's duration (0 when none, i.e.
 * < 16 ms). One input's entries (pointerdown … click, pointerout … mouseover) share a duration;
 * named by the one the page handles.
 */
function slowest(events, start, end) {
  const mine = events.filter((e) => e.start >= start && e.start <= end);
  if (!mine.length) return { duration: 0, event: "–" };
  const duration = Math.max(...mine.map((e) => e.duration));
  const worst = mine.filter((e) => e.duration === duration);
  const e = worst.find((e) => e.name === "click" || e.name === "mouseover") ?? worst[0];
  return { duration, event: `${e.name} on ${e.target}` };
}

/** One reader in a new context: the story page at 4× CPU, INTERACTIONS, then the language link; returns [label, sample] pairs. */
async function interactionRun(browser, server) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    // On both languages' pages (init scripts run on every navigation): __bench.ready.
    await page.addInitScript(instrument, "app");
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.goto(server.origin + "/index.html", { waitUntil: "load", timeout: TIMEOUT });
    await page.waitForFunction(() => window.__bench.drawn !== null, null, { timeout: TIMEOUT });
    // The reader starts once start-up work is over, not during it.
    await page.waitForTimeout(1000);
    await page.evaluate(observeEvents);
    const samples = [];
    const windows = [];
    for (const { label, act, target, check } of INTERACTIONS) {
      const el = page.locator(target);
      await el.scrollIntoViewIfNeeded();
      // A click's pointer arrives first: moving onto the button is not the click.
      if (act === "click") await el.hover();
      await settle(page);
      const start = await page.evaluate(() => performance.now());
      await el[act]();
      await settle(page);
      const [selector, state, expected] = check;
      const got = await page.locator(selector).evaluate(state);
      if (got !== expected) throw new Error(`${label}: ${selector} is ${got}, not ${expected}`);
      windows.push([label, start, await page.evaluate(() => performance.now())]);
    }
    const events = await page.evaluate(() => window.__events());
    for (const [label, start, end] of windows) samples.push([label, slowest(events, start, end)]);

    const link = page.locator("a.lang-switch");
    await link.scrollIntoViewIfNeeded();
    await link.hover();
    await settle(page);
    const start = await page.evaluate(() => performance.now());
    await link.click();
    await page.waitForURL(/\/en\/index\.html/, { timeout: TIMEOUT });
    // Not Playwright's waiting, which would first evaluate its script in the page as it loads.
    await pollPage(cdp, 'window.__bench?.ready != null && performance.getEntriesByName("first-paint").length > 0', performance.now() + TIMEOUT);
    const { old, origin, ready, paint } = await page.evaluate(() => ({
      old: JSON.parse(sessionStorage.getItem("bench-events")),
      origin: performance.timeOrigin,
      ready: window.__bench.ready,
      paint: performance.getEntriesByName("first-paint")[0].startTime,
    }));
    if (!old?.link.start) throw new Error("the language link's click left no timings");
    // Two documents, two time origins: compared on the shared clock.
    const since = (t) => origin + t - (old.origin + old.link.start);
    const click = slowest(old.events, start, old.left);
    // The old page never rendered again: the click's next paint is the new page's first.
    if (!old.link.frame && !old.events.some((e) => e.start >= start && e.name === "click")) {
      Object.assign(click, { duration: since(paint), event: "no entry: click to the en page's first paint" });
    }
    samples.push([LANG_CLICK, click]);
    samples.push([LANG_LIVE, { duration: since(ready), event: "click to data-live" }]);
    if (errors.length) throw new Error(`page error: ${errors.join("; ")}`);
    return samples;
  } finally {
    await context.close();
  }
}

function interactionTable(runs, results) {
  const under = (x) => (x < 16 ? "< 16 ms" : ms(x));
  const rows = [["interaction", "median", "max", `≤ ${INTERACTION_TARGET} ms`, "samples", "slowest event"]];
  for (const [label, samples] of results) {
    const d = samples.map((s) => s.duration);
    const worst = samples.reduce((a, b) => (b.duration > a.duration ? b : a));
    const ok = label === LANG_LIVE ? "(not an event)" : Math.max(...d) <= INTERACTION_TARGET ? "yes" : "no";
    rows.push([label, under(median(d)), under(Math.max(...d)), ok, String(d.length), worst.event]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 || i === 5 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(`\nstory page interactions, desktop 1280×900, 4x CPU — Event Timing duration over ${runs} runs (new context each)`);
  console.log(line(rows[0]));
  console.log("-".repeat(widths.reduce((s, w) => s + w + 2, -2)));
  for (const r of rows.slice(1)) console.log(line(r).trimEnd());
  const lang = results.get(LANG_CLICK) ?? [];
  const lost = lang.filter((s) => s.event.startsWith("no entry")).length;
  if (lost) console.log(`${LANG_CLICK}: no Event Timing entry in ${lost} of ${lang.length} runs (the old page did not render again)`);
}

// Lighthouse: the issue's targets are mobile performance ≥ 98 and accessibility, best practices
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
    // uses-long-cache-ttl judges the bench server's headers (no Cache-Control), not the site.
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

function lighthouseTable(version, runs, results) {
  const cell = (xs, fmt) => {
    const s = xs.filter((x) => x !== null && !Number.isNaN(x));
    if (!s.length) return "–";
    const [lo, hi] = [fmt(Math.min(...s)), fmt(Math.max(...s))];
    return lo === hi ? fmt(median(s)) : `${fmt(median(s))} (${lo}–${hi})`.replace(/ ms([)–])/g, "$1");
  };
  const rows = [["", ...LIGHTHOUSE_PAGES.map((p) => p.name), "target"]];
  for (const [id, target] of CATEGORIES) rows.push([id, ...LIGHTHOUSE_PAGES.map((p) => cell(results[p.name].map((r) => r[id]), String)), target]);
  for (const [label, key, fmt, target] of [
    ["first contentful paint", "fcp", ms, ""],
    ["largest contentful paint", "lcp", ms, ""],
    ["LCP − FCP", "gap", ms, "≤ 50 ms"],
    ["LCP − FCP, observed (unthrottled trace)", "observedGap", ms, ""],
    ["total blocking time", "tbt", ms, ""],
    ["cumulative layout shift", "cls", (x) => x.toFixed(3), ""],
  ]) {
    rows.push([label, ...LIGHTHOUSE_PAGES.map((p) => cell(results[p.name].map((r) => r[key]), fmt)), target]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(`\n${version}, mobile, simulated throttling — median (min–max) of ${runs} runs each`);
  console.log(line(rows[0]));
  console.log("-".repeat(widths.reduce((s, w) => s + w + 2, -2)));
  for (const r of rows.slice(1)) console.log(line(r));
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
async function runLighthouse(servers, runs) {
  const started = performance.now();
  // chrome-launcher: a fresh temporary --user-data-dir and Lighthouse's own default flags, then ours.
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM ?? "/usr/bin/chromium", chromeFlags: FLAGS });
  const results = Object.fromEntries(LIGHTHOUSE_PAGES.map((p) => [p.name, []]));
  const missing = new Set();
  let browser;
  try {
    // The user agent in Lighthouse's report hides the Chrome build.
    browser = (await (await fetch(`http://127.0.0.1:${chrome.port}/json/version`)).json()).Browser;
    for (let i = 0; i < runs; i++) {
      for (const p of LIGHTHOUSE_PAGES) {
        const server = servers[p.server];
        server.reset();
        results[p.name].push(await lighthouseRun(chrome.port, server.origin + p.path));
        // robots.txt: the SEO audit asks for it, and its absence passes.
        for (const m of server.sent.missing) if (m !== "/robots.txt") missing.add(`${p.name} ${m}`);
      }
    }
  } finally {
    await chrome.kill();
  }
  lighthouseTable(`Lighthouse ${results.story[0].lighthouseVersion}, ${browser}`, runs, results);
  if (missing.size) console.log(`warning: 404 for ${[...missing].join(", ")}`);
  const all = Object.values(results).flat();
  for (const w of new Set(all.flatMap((r) => r.warnings))) console.log(`Lighthouse warning: ${w}`);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `Lighthouse: ${all.length} runs in ${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s; ` +
      `CPU benchmark index ${Math.round(median(all.map((r) => r.benchmarkIndex)))}`,
  );
}

const REPEAT_PAGES = ["index.html", "en/chart-money.html"];

/**
 * One reader's visits to `url` in one browser context (its cache kept, no throttling): a
 * cold first visit, then a repeat visit (navigating to the page again) and a reload. For
 * each: what went over the network (bytes as received, requests, which answered 304) and
 * when the page was live.
 */
async function repeatRun(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(instrument, "app");
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    let requests = new Map();
    cdp.on("Network.requestWillBeSent", (e) => requests.set(e.requestId, { url: e.request.url, bytes: 0, status: null, wire: null, cached: false }));
    cdp.on("Network.requestServedFromCache", (e) => requests.has(e.requestId) && (requests.get(e.requestId).cached = true));
    cdp.on("Network.responseReceived", (e) => {
      const r = requests.get(e.requestId);
      if (!r) return;
      r.status = e.response.status;
      r.cached ||= e.response.fromDiskCache || e.response.fromPrefetchCache || false;
    });
    // A revalidated response is reported as the cached 200; the status on the wire comes here.
    cdp.on("Network.responseReceivedExtraInfo", (e) => requests.has(e.requestId) && (requests.get(e.requestId).wire = e.statusCode));
    cdp.on("Network.loadingFinished", (e) => requests.has(e.requestId) && (requests.get(e.requestId).bytes = e.encodedDataLength));
    const visit = async (go) => {
      requests = new Map();
      await go();
      await page.waitForFunction(() => window.__bench.ready !== null, null, { timeout: TIMEOUT });
      await page.waitForLoadState("networkidle");
      const live = await page.evaluate(() => window.__bench.ready);
      const network = [...requests.values()].filter((r) => !r.cached && !r.url.startsWith("data:"));
      return {
        live,
        bytes: network.reduce((sum, r) => sum + r.bytes, 0),
        requests: network.length,
        revalidated: network.filter((r) => (r.wire || r.status) === 304).map((r) => new URL(r.url).pathname.split("/").pop() || "(page)"),
        fetched: network.filter((r) => (r.wire || r.status) !== 304).map((r) => new URL(r.url).pathname.split("/").pop() || "(page)"),
      };
    };
    return {
      first: await visit(() => page.goto(url)),
      again: await visit(() => page.goto(url)),
      reload: await visit(() => page.reload()),
    };
  } finally {
    await context.close();
  }
}

/** Warm-cache visits of the story page and a chart page, served as published (xtask preview). */
async function repeatVisits(runs) {
  const { preview } = await import("../../tests/e2e/harness.mjs");
  const server = await preview(path.join(root, "dist"));
  const browser = await launch();
  try {
    console.log(`\nrepeat visits: ${server.origin}/ served by xtask preview with dist/_headers; median of ${runs} readers, no throttling`);
    await repeatRun(browser, `${server.origin}/${REPEAT_PAGES[0]}`);
    const rows = [["page", "visit", "bytes over the network", "requests", "304", "live", "fetched (not 304)"]];
    for (const page of REPEAT_PAGES) {
      const results = [];
      for (let i = 0; i < runs; i++) results.push(await repeatRun(browser, `${server.origin}/${page}`));
      for (const [key, label] of [["first", "first visit (cold)"], ["again", "repeat visit (warm)"], ["reload", "reload (warm)"]]) {
        const visits = results.map((r) => r[key]);
        const last = visits[visits.length - 1];
        rows.push([
          page,
          label,
          `${median(visits.map((v) => v.bytes))} B`,
          String(median(visits.map((v) => v.requests))),
          last.revalidated.join(" ") || "–",
          ms(median(visits.map((v) => v.live))),
          key === "first" ? `${last.fetched.length} files` : last.fetched.join(" ") || "–",
        ]);
      }
    }
    const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
    for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c])).join("  ").trimEnd());
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main() {
  const { runs, interactionRuns, lighthouseRuns, repeatRuns, appPort, only } = parseArgs(process.argv.slice(2));
  for (const p of PAGES) {
    if (!fs.existsSync(path.join(p.dir, "index.html"))) throw new Error(`${p.dir}/index.html is missing`);
  }
  const servers = {};
  const part = (name) => only === null || only === name;
  try {
    // The app at the port it was built for (`--site-url`, its absolute links), if given.
    for (const p of PAGES) servers[p.name] = await serve(p.dir, p.name === "app" ? appPort : 0);
    console.log(`app: ${servers.app.origin}/ (dist/), baseline: ${servers.baseline.origin}/ (xtask/bench/baseline/)`);
    if (part("loads")) await loadTimings(servers, runs);
    if (part("interactions")) await interactions(servers.app, interactionRuns);
    if (part("repeat")) await repeatVisits(repeatRuns);
    if (part("lighthouse")) await runLighthouse(servers, lighthouseRuns);
  } finally {
    for (const s of Object.values(servers)) await s.close();
  }
}

function launch() {
  const { chromium } = require("playwright-core");
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", headless: true, args: FLAGS });
}

/** The load timings: every condition, then the headline ratios. */
async function loadTimings(servers, runs) {
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
    for (const viewport of VIEWPORTS) {
      for (const throttle of THROTTLES) {
        const results = { app: [], baseline: [] };
        for (let i = 0; i < runs; i++) {
          for (const p of PAGES) results[p.name].push(await measure(browser, p.name, servers[p.name], viewport, throttle.rate));
          // The hover in a load of its own, with only its probe (the app's page only).
          results.app[i].answered = await measureHover(browser, servers.app, viewport, throttle.rate, spots.get(viewport));
          // Blocking time in loads with no probe; its target is at 4× CPU.
          if (throttle.rate !== 4) continue;
          for (const p of PAGES) results[p.name][i].tbtQuiet = await measureBlocking(browser, p.name, servers[p.name], viewport, throttle.rate);
        }
        table(`${viewport.name}, ${throttle.name}`, runs, results);
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
    const encodings = [...new Set(PAGES.flatMap((p) => [...servers[p.name].sent.encodings]))].join(", ");
    console.log(`\nserved with content-encoding: ${encodings}`);
    // Desktop last: the headline figure.
    for (const line of summary.reverse()) console.log(line);
  } finally {
    await browser.close();
  }
}

/** The story page's interactions, `runs` readers, after one untimed (browser start-up, font caches). */
async function interactions(server, runs) {
  const started = performance.now();
  const browser = await launch();
  const results = new Map();
  try {
    await interactionRun(browser, server);
    for (let i = 0; i < runs; i++) {
      for (const [label, sample] of await interactionRun(browser, server)) results.set(label, [...(results.get(label) ?? []), sample]);
    }
  } finally {
    await browser.close();
  }
  interactionTable(runs, results);
  const seconds = (performance.now() - started) / 1000;
  console.log(`interactions: ${runs + 1} runs (1 untimed) in ${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`);
}

main().catch((err) => {
  console.error(`bench: ${err?.stack ?? err}`);
  process.exit(1);
});

import { launch, pollPage, TIMEOUT } from "./browser.mjs";
import { instrument } from "./probes.mjs";
import { count, median, ms, printTable } from "./report.mjs";

// Interactions: the target is every interaction ≤ 100 ms at 4× CPU as Event Timing
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
/**
 * A reader's very first input on a fresh load, each in a context of its own (its first
 * keystroke, hover or tap costs what no later one does: the browser's first layout of what it
 * skipped, first calls into the wasm). Checked like INTERACTIONS.
 */
const FIRSTS = [
  { label: "first keystroke (Tab), fresh load", act: (page) => page.keyboard.press("Tab"), check: ["a.lang-switch, summary", () => document.activeElement !== document.body, true] },
  { label: "first hover (a bar), fresh load", act: (page) => page.locator(`${BARS} >> nth=0`).hover(), check: [`${BARS} >> nth=0`, active, true] },
  { label: "first tap (a bar), fresh load", touch: true, act: (page) => page.locator(`${BARS} >> nth=0`).tap(), check: [`${BARS} >> nth=0`, active, true] },
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

/**
 * The story page in `context` at 4× CPU, drawn, live, and 1 s on (the reader starts once
 * start-up work is over, not during it), observing Event Timing.
 */
async function openStoryPage(context, server) {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  // On both languages' pages (init scripts run on every navigation): __bench.ready.
  await page.addInitScript(instrument, "app");
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.goto(server.origin + "/index.html", { waitUntil: "load", timeout: TIMEOUT });
  await page.waitForFunction(() => window.__bench.drawn !== null, null, { timeout: TIMEOUT });
  await page.waitForTimeout(1000);
  await page.evaluate(observeEvents);
  return { page, cdp, errors };
}

/** One reader in a new context: the story page at 4× CPU, INTERACTIONS, then the language link; returns [label, sample] pairs. */
async function interactionRun(browser, server) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const { page, cdp, errors } = await openStoryPage(context, server);
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

/** One reader's first input on a fresh load of the story page at 4× CPU: a [label, sample] pair. */
async function firstRun(browser, server, { label, act, touch, check }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, hasTouch: Boolean(touch) });
  try {
    const { page } = await openStoryPage(context, server);
    const start = await page.evaluate(() => performance.now());
    await act(page);
    await settle(page);
    const [selector, state, expected] = check;
    const got = await page.locator(selector).first().evaluate(state);
    if (got !== expected) throw new Error(`${label}: ${selector} is ${got}, not ${expected}`);
    const events = await page.evaluate(() => window.__events());
    return [label, slowest(events, start, await page.evaluate(() => performance.now()))];
  } finally {
    await context.close();
  }
}

function interactionTable(runs, results, report) {
  const under = (x) => (x < 16 ? "< 16 ms" : ms(x));
  const rows = [["interaction", "median", "max", `≤ ${INTERACTION_TARGET} ms`, "samples", "slowest event"]];
  report.section(`Interactions on the story page, desktop, 4× CPU (Event Timing, ${count(runs, "reader")})`);
  for (const [label, samples] of results) {
    const d = samples.map((s) => s.duration);
    const worst = samples.reduce((a, b) => (b.duration > a.duration ? b : a));
    const ok = label === LANG_LIVE ? "(not an event)" : Math.max(...d) <= INTERACTION_TARGET ? "yes" : "no";
    rows.push([label, under(median(d)), under(Math.max(...d)), ok, String(d.length), worst.event]);
    const target = label === LANG_LIVE ? "" : `max ≤ ${INTERACTION_TARGET} ms: ${ok}`;
    report.row(label, `${under(median(d))} (max ${under(Math.max(...d))})`, "– (no controls)", target);
  }
  printTable(`story page interactions, desktop 1280×900, 4x CPU — Event Timing duration over ${runs} runs (new context each)`, rows, [0, 5]);
  const lang = results.get(LANG_CLICK) ?? [];
  const lost = lang.filter((s) => s.event.startsWith("no entry")).length;
  if (lost) console.log(`${LANG_CLICK}: no Event Timing entry in ${lost} of ${lang.length} runs (the old page did not render again)`);
}

/** The story page's interactions, `runs` readers, after one untimed (browser start-up, font caches). */
export async function interactions(server, runs, report) {
  const started = performance.now();
  const browser = await launch();
  const results = new Map();
  try {
    await interactionRun(browser, server);
    const add = ([label, sample]) => results.set(label, [...(results.get(label) ?? []), sample]);
    for (let i = 0; i < runs; i++) {
      for (const first of FIRSTS) add(await firstRun(browser, server, first));
      for (const pair of await interactionRun(browser, server)) add(pair);
    }
  } finally {
    await browser.close();
  }
  interactionTable(runs, results, report);
  const seconds = (performance.now() - started) / 1000;
  console.log(`interactions: ${runs + 1} runs (1 untimed) in ${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`);
}

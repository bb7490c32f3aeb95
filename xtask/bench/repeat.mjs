// Repeat visits: one reader's cold visit, repeat visit and reload in one context (its
// cache kept), on the site as published: what goes over the network again, and what `_headers`
// lets the browser keep.
import { launch, TIMEOUT } from "./browser.mjs";
import { instrument } from "./probes.mjs";
import { count, kib, median, ms, printTable } from "./report.mjs";

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

/** Warm-cache visits of the story page and a chart page, served as published (dist/_headers). */
export async function repeatVisits(server, runs, report) {
  const browser = await launch();
  try {
    console.log(`\nrepeat visits: ${server.origin}/ with dist/_headers; median of ${runs} readers, no throttling`);
    await repeatRun(browser, `${server.origin}/${REPEAT_PAGES[0]}`);
    const rows = [["page", "visit", "bytes over the network", "requests", "304", "live", "fetched (not 304)"]];
    report.section(`Visits with the cache kept, desktop, no throttling (median of ${count(runs, "reader")})`);
    for (const page of REPEAT_PAGES) {
      const results = [];
      for (let i = 0; i < runs; i++) results.push(await repeatRun(browser, `${server.origin}/${page}`));
      for (const [key, label] of [["first", "first visit (cold)"], ["again", "repeat visit (warm)"], ["reload", "reload (warm)"]]) {
        const visits = results.map((r) => r[key]);
        const last = visits[visits.length - 1];
        const [bytes, requests, live] = ["bytes", "requests", "live"].map((k) => median(visits.map((v) => v[k])));
        rows.push([
          page,
          label,
          `${bytes} B`,
          String(requests),
          last.revalidated.join(" ") || "–",
          ms(live),
          key === "first" ? `${last.fetched.length} files` : last.fetched.join(" ") || "–",
        ]);
        report.row(`${page}, ${label}`, `${kib(bytes)} in ${count(requests, "request")}`, "–", `live at ${ms(live)}`);
      }
    }
    printTable("", rows, [0, 1, 2, 3, 4, 5, 6]);
  } finally {
    await browser.close();
  }
}

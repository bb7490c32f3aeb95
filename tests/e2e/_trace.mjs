import { chromium } from "playwright-core";
import fs from "node:fs";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send("Network.enable");
await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
await browser.startTracing(page, { path: "/tmp/trace.json", categories: ["devtools.timeline", "v8", "blink", "loading", "disabled-by-default-devtools.timeline.stack", "disabled-by-default-devtools.timeline"] });
await page.goto(process.argv[2], { waitUntil: "load" });
await page.waitForSelector(".rural-story-root[data-live]");
await page.waitForTimeout(500);
await browser.stopTracing();
await browser.close();
const { traceEvents } = JSON.parse(fs.readFileSync("/tmp/trace.json"));
const main = traceEvents.filter((e) => e.name === "RunTask" && e.dur > 50000 / 1);
// Find renderer main thread: thread with most ParseHTML
const t0 = traceEvents.find((e) => e.name === "navigationStart")?.ts ?? 0;
const long = traceEvents.filter((e) => (e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask") && e.dur > 50000);
for (const t of long) {
  const kids = traceEvents.filter((e) => e.tid === t.tid && e.pid === t.pid && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur && e.dur > 3000 && e.name !== t.name);
  const sum = {};
  for (const k of kids) sum[k.name] = (sum[k.name] ?? 0) + k.dur / 1000;
  console.log(`tid ${t.tid} at ${((t.ts - t0) / 1000).toFixed(0)} ms, ${(t.dur / 1000).toFixed(0)} ms:`, Object.entries(sum).sort((a, b) => b[1] - a[1]).slice(0, 10).map(([n, d]) => `${n} ${d.toFixed(0)}`).join(", "));
}

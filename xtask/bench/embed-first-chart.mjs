// The script embed's first chart on a host page, for two builds in one interleaved run:
//   node xtask/bench/embed-first-chart.mjs BEFORE_DIST AFTER_DIST [RUNS]
// Each build's dist/ is served with examples/ beside it; each load is a fresh browser context
// at 4× CPU, opening a host page with a single-chart embed and one whole story, and timing
// from navigation start to the first drawn chart, and to the whole story's first chart, in
// their shadow roots. Prints the median and range of each.
import http from "node:http";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { FLAGS, TYPES } from "../../tests/e2e/chromium.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, "..", "..", "tests", "e2e", "package.json"));
const { chromium } = require("playwright-core");

const [before, after, runs = "9"] = process.argv.slice(2);
if (!before || !after) {
  console.error("usage: node xtask/bench/embed-first-chart.mjs BEFORE_DIST AFTER_DIST [RUNS]");
  process.exit(2);
}

const HOST = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>host</title></head>
<body><div id="chart" data-rural-story data-chart="projects" data-lang="zh"></div>
<div id="story" data-rural-story data-lang="en"></div>
<script src="../embed.js" defer></script></body></html>`;

async function serve(dist) {
  const site = await fs.mkdtemp(path.join(os.tmpdir(), "embed-bench-"));
  await fs.cp(dist, site, { recursive: true });
  await fs.mkdir(path.join(site, "examples"), { recursive: true });
  await fs.writeFile(path.join(site, "examples", "host.html"), HOST);
  const server = http.createServer(async (req, res) => {
    const file = path.join(site, decodeURIComponent(new URL(req.url, "http://x").pathname));
    try {
      const body = await fs.readFile(file);
      res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** Milliseconds from navigation start until `id`'s shadow root shows a drawn chart. */
const firstChart = (id) => `new Promise((resolve) => {
  const look = () => {
    const root = document.getElementById(${JSON.stringify(id)})?.shadowRoot;
    const drawn = root && [...root.querySelectorAll(".chart-svg svg")].some((s) => s.getBoundingClientRect().height > 0);
    if (drawn) resolve(performance.now()); else requestAnimationFrame(look);
  };
  look();
})`;

async function load(browser, origin) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.goto(`${origin}/examples/host.html`);
    const chart = await page.evaluate(firstChart("chart"));
    const story = await page.evaluate(firstChart("story"));
    return { chart, story };
  } finally {
    await context.close();
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const servers = { before: await serve(before), after: await serve(after) };
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: FLAGS });
const times = { before: [], after: [] };
try {
  for (let i = 0; i < Number(runs); i++) {
    for (const build of i % 2 ? ["after", "before"] : ["before", "after"]) {
      times[build].push(await load(browser, servers[build].origin));
    }
  }
} finally {
  await browser.close();
  Object.values(servers).forEach((s) => s.close());
}
console.log(`script embed, first chart in a host page (4× CPU, ${runs} interleaved cold loads each, median [min–max] ms)`);
for (const build of ["before", "after"]) {
  for (const what of ["chart", "story"]) {
    const xs = times[build].map((t) => t[what]);
    const label = what === "chart" ? "single-chart embed" : "whole-story embed";
    console.log(`${build.padEnd(7)} ${label.padEnd(19)} ${median(xs).toFixed(0)} [${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}]`);
  }
}

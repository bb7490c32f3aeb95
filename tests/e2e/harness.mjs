// Shared set-up for the end-to-end tests: a static server for the release `dist/` on
// 127.0.0.1 and Debian's headless Chromium driven by playwright-core.
import http from "node:http";
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { before, after } from "node:test";
import { chromium } from "playwright-core";
import { FLAGS, TYPES } from "./chromium.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
export const DIST = path.resolve(process.env.DIST_DIR ?? path.join(here, "..", "..", "dist"));

/** The policy the widget must work under, as a host would send it. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

/** Serves `root` on 127.0.0.1 at a free port, with `headers` on every response. */
export async function serve(root = DIST, headers = {}) {
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await fs.stat(file)).isDirectory()) file = path.join(file, "index.html");
      const body = await fs.readFile(file);
      res.writeHead(200, { ...headers, "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}

/**
 * A news site of its own for host pages: `files` (path → text) served on 127.0.0.1 but
 * addressed as `http://localhost:<port>`, a different site from the widget's
 * `http://127.0.0.1:<port>`, so frames of the widget are cross-site as on real news pages.
 * `add(path, html)` adds a page and returns its address.
 */
export async function serveHost(files = {}) {
  const pages = new Map(Object.entries(files));
  const server = http.createServer((req, res) => {
    const { pathname } = new URL(req.url, "http://localhost");
    const body = pages.get(pathname);
    if (body === undefined) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(pathname)] ?? "text/html; charset=utf-8" });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://localhost:${server.address().port}`;
  return {
    origin,
    add: (pathname, html) => {
      pages.set(pathname, html);
      return origin + pathname;
    },
    close: () => new Promise((r) => server.close(r)),
  };
}

/** A host page: `body` in a plain HTML document. */
export const hostPage = (body, title = "A news page") =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  `<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">` +
  `<style>body { margin: 0; font: 16px Georgia, serif; } iframe { display: block; width: 100%; border: 0; }</style>` +
  `</head><body>${body}</body></html>`;

/** Headless Chromium from /usr/bin. */
export async function launch() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: FLAGS,
  });
  return { browser, close: () => browser.close() };
}

/** A new page in a context of its own (fresh storage), closed together with the page. */
export async function newPage(browser, options = {}) {
  const context = await browser.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  page.once("close", () => context.close().catch(() => {}));
  return page;
}

/**
 * Opens `pathAndQuery` in a new page and waits until the story has mounted. Records
 * every request to another origin and every page error, for the tests to check.
 */
export async function open(browser, origin, pathAndQuery = "/", { width = 1280, height = 900 } = {}) {
  const page = await newPage(browser, { viewport: { width, height } });
  const foreign = [];
  const errors = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (!["data:", "blob:"].includes(url.protocol) && url.origin !== origin) foreign.push(r.url());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(origin + pathAndQuery);
  // The page arrives prerendered; wait for the app to have taken it over.
  await page.waitForSelector(".rural-story-root[data-live]");
  return { page, foreign, errors };
}

/**
 * Before any page script runs, records the messages the page receives and every
 * Content-Security-Policy violation, in `window.__seen`.
 */
export async function recordEvents(page) {
  await page.addInitScript(() => {
    window.__seen = { messages: [], violations: [] };
    addEventListener("message", (e) => window.__seen.messages.push(e.data));
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__seen.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

/**
 * For a test file: a server for dist/ and a browser, started before its tests and closed
 * after them. Read `env.server` and `env.browser` inside tests.
 */
export function serveAndLaunch() {
  const env = {};
  before(async () => {
    env.server = await serve();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

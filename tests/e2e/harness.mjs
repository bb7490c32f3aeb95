// Shared set-up for the end-to-end tests: the release `dist/` served on 127.0.0.1 by
// `cargo xtask preview` (under a sub-path, with its `_headers`) or a plain Node server, and
// Debian's headless Chromium driven by playwright-core.
import http from "node:http";
import { spawn } from "node:child_process";
import fs from "node:fs/promises";
import fsSync from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { before, after } from "node:test";
import { chromium } from "playwright-core";
import { FLAGS, TYPES } from "./chromium.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
export const DIST = path.resolve(process.env.DIST_DIR ?? path.join(here, "..", "..", "dist"));

/** The policy the widget must work under, as a host would send it. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

/** The sub-path the widget is published under, as on a news site. */
export const BASE = "/graphics/2022/rural/";

/**
 * Serves `root` on 127.0.0.1 at a free port. Returns `{ origin, siteOrigin, close }`:
 * `origin` is the widget's address without a trailing slash (append "/index.html" to it),
 * `siteOrigin` the server's real origin (compare it with `new URL(…).origin`).
 *
 * Without `headers`: `cargo xtask preview`, which serves `root` under {@link BASE} with the
 * headers of `root/_headers` and its precompressed files, as the host will. With `headers`
 * (even `{}`): a plain server at the root that sends only `headers` and a content type, for
 * the tests that need a host sending something else (a strict CSP, no CORS).
 */
export async function serve(root = DIST, headers = undefined) {
  if (root === DIST) root = await withExamples();
  return headers === undefined ? preview(root) : servePlain(root, headers);
}

/** The example host pages, which `cargo xtask serve` adds to development builds. */
const EXAMPLES = path.join(here, "..", "..", "examples");
let site = null;

/**
 * dist/ with examples/ beside its files, as `cargo xtask serve` serves them (the production
 * dist/ leaves them out): a copy in a temporary folder, made once per test file.
 */
async function withExamples() {
  if (!site) {
    site = await fs.mkdtemp(path.join(os.tmpdir(), "rural-story-site-"));
    await fs.cp(DIST, site, { recursive: true });
    await fs.cp(EXAMPLES, path.join(site, "examples"), { recursive: true });
    const folder = site;
    process.once("exit", () => fsSync.rmSync(folder, { recursive: true, force: true }));
  }
  return site;
}

/**
 * `cargo xtask preview --port 0 --base BASE --dir root` as a child process: the running
 * xtask's own binary (RURAL_STORY_XTASK, set by `cargo xtask e2e`), else `cargo run`.
 * Its first line on stdout gives the address; the child is ended by `close()`.
 */
export async function preview(root = DIST, base = BASE) {
  const [program, ...pre] = process.env.RURAL_STORY_XTASK
    ? [process.env.RURAL_STORY_XTASK]
    : ["cargo", "run", "-q", "-p", "xtask", "--"];
  const child = spawn(program, [...pre, "preview", "--port", "0", "--base", base, "--dir", root], {
    cwd: path.join(here, "..", ".."),
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const kill = () => child.kill();
  process.once("exit", kill);
  const address = await new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`xtask preview: no address after 300 s: ${out}`)), 300_000);
    child.once("error", (e) => reject(new Error(`xtask preview (${program}): ${e.message}`)));
    child.once("exit", (code, signal) =>
      reject(new Error(`xtask preview exited (${code ?? signal}) before serving; stdout: ${out}`)));
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const line = /^serving .* at (http:\/\/127\.0\.0\.1:\d+\/\S*)\n/.exec(out);
      if (line) {
        clearTimeout(timer);
        resolve(line[1]);
      }
    });
  });
  const url = new URL(address);
  return {
    origin: address.replace(/\/$/, ""),
    siteOrigin: url.origin,
    close: async () => {
      process.removeListener("exit", kill);
      if (child.exitCode === null && child.signalCode === null) child.kill();
      await exited;
    },
  };
}

/** A plain Node server for `root` on 127.0.0.1 at a free port, with `headers` on every response. */
export async function servePlain(root = DIST, headers = {}) {
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
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, siteOrigin: origin, close: () => new Promise((r) => server.close(r)) };
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
  const site = new URL(origin).origin; // `origin` may carry the sub-path
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (!["data:", "blob:"].includes(url.protocol) && url.origin !== site) foreign.push(r.url());
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
 * Holds the page's wasm back until the returned function is called: the page as readers
 * have it before the app starts. Call before the page loads.
 */
export async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route("**/rural-story_bg-*.wasm", async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/**
 * Resolves once the page has drawn two more frames: what was scrolled to is laid out (the
 * story page lays a chart out only as it nears the screen) and scroll anchoring has settled.
 */
export async function drawn(page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/**
 * Before any page script runs, starts counting the elements removed from the document
 * (each with its descendants), in `window.__removed`.
 */
export async function countRemovedElements(page) {
  await page.addInitScript(() => {
    window.__removed = 0;
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.removedNodes) {
          if (node.nodeType === 1) window.__removed += 1 + node.querySelectorAll("*").length;
        }
      }
    }).observe(document, { childList: true, subtree: true });
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

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** axe-core's WCAG 2.2 AA violations on `page`, one line each. */
export async function axe(page) {
  // Through DevTools, not a <script> the page's Content-Security-Policy would block.
  await page.evaluate(fsSync.readFileSync(AXE, "utf8"));
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  });
}

// dist/ as published: served by `cargo xtask preview` from a news site's sub-path with the
// headers of dist/_headers and its precompressed files, checked as the browser gets them.
// Entry pages are revalidated on every visit; the files they load have content-hashed
// names and are cached for good; everything is sent brotli-compressed where it can be.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { BASE, DIST, newPage, serveAndLaunch } from "./harness.mjs";

const env = serveAndLaunch();

const IMMUTABLE = /(^|,)\s*max-age=31536000\s*(,|$)/;
/** A file name with a content hash in it: `style-aa8aac8ba6432257.css`, `x_bg-….wasm`. */
const HASHED = /-[0-9a-f]{8,}\.(js|css|wasm)$/;

/**
 * Records, through the DevTools protocol, every request of `page`: its address, the
 * response's headers and status as the network delivered them, and whether it was answered
 * from the browser's cache (memory or disk) instead.
 */
async function network(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  const requests = new Map();
  const entry = (id) => requests.get(id) ?? requests.set(id, { id }).get(id);
  cdp.on("Network.requestWillBeSent", (e) => Object.assign(entry(e.requestId), { url: e.request.url, type: e.type }));
  cdp.on("Network.requestServedFromCache", (e) => (entry(e.requestId).cached = true));
  cdp.on("Network.responseReceived", (e) => {
    const r = entry(e.requestId);
    r.status ??= e.response.status;
    r.headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
    if (e.response.fromDiskCache) r.cached = true;
  });
  // The status on the wire: a revalidated page shows 304 here, 200 in responseReceived.
  cdp.on("Network.responseReceivedExtraInfo", (e) => (entry(e.requestId).status = e.statusCode));
  return {
    /** What was recorded since the last call, in order. */
    take() {
      const list = [...requests.values()].filter((r) => r.url && !r.url.startsWith("data:"));
      requests.clear();
      return list;
    },
  };
}

/** The file of dist/ a request of the widget's server reads. */
const fileOf = (url) => {
  const p = decodeURIComponent(new URL(url).pathname).slice(BASE.length);
  return path.join(DIST, p === "" || p.endsWith("/") ? `${p}index.html` : p);
};

test("served from the sub-path, the page goes live and every file has the headers of dist/_headers", async () => {
  const page = await newPage(env.browser);
  const net = await network(page);
  await page.goto(env.server.origin + "/index.html");
  await page.waitForSelector(".rural-story-root[data-live]");
  await page.waitForLoadState("networkidle");
  const loaded = net.take();

  // Everything the page loads is the widget's own, under the sub-path.
  for (const r of loaded) {
    assert.equal(new URL(r.url).origin, env.server.siteOrigin, r.url);
    assert.ok(new URL(r.url).pathname.startsWith(BASE), `${r.url} lies under ${BASE}`);
    assert.equal(r.status, 200, r.url);
    assert.equal(r.headers["x-content-type-options"], "nosniff", r.url);
  }

  // The entry page: revalidated on every visit, under the strict policy.
  const [doc] = loaded;
  assert.equal(doc.url, env.server.origin + "/index.html");
  assert.equal(doc.headers["cache-control"], "no-cache");
  assert.ok(doc.headers["last-modified"] && doc.headers.etag, "a validator for the revalidation");
  const csp = doc.headers["content-security-policy"] ?? "";
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);

  // The stylesheet and the scripts the page names, and the wasm: hashed names, cached for good.
  const named = await page.evaluate(() => [
    ...[...document.querySelectorAll("link[rel=stylesheet]")].map((l) => l.href),
    ...[...document.querySelectorAll("script[src]")].map((s) => s.src),
  ]);
  const wasm = loaded.filter((r) => new URL(r.url).pathname.endsWith(".wasm"));
  assert.equal(wasm.length, 1, "one wasm");
  const assets = [...named.map((url) => loaded.find((r) => r.url === url)), ...wasm];
  assert.ok(named.length >= 3 && named.some((u) => u.endsWith(".css")), named.join(" "));
  for (const [i, r] of assets.entries()) {
    assert.ok(r, `${named[i]} was loaded`);
    assert.match(path.basename(new URL(r.url).pathname), HASHED, r.url);
    assert.match(r.headers["cache-control"] ?? "", IMMUTABLE, r.url);
    assert.match(r.headers["cache-control"], /immutable/, r.url);
  }
  // `immutable` only where a new content gets a new name.
  for (const r of loaded.filter((r) => /immutable/.test(r.headers["cache-control"] ?? ""))) {
    assert.match(path.basename(new URL(r.url).pathname), HASHED, `${r.url} is immutable without a hash in its name`);
  }
  assert.equal(wasm[0].headers["content-type"], "application/wasm");
  assert.match(loaded.find((r) => r.url.endsWith(".css")).headers["content-type"], /^text\/css/);

  // Chromium asks for brotli; every file that has a .br beside it comes as one.
  const compressed = loaded.filter((r) => fs.existsSync(fileOf(r.url) + ".br"));
  assert.ok(compressed.includes(doc) && assets.every((a) => compressed.includes(a)), "the page, its scripts, stylesheet and wasm have .br files");
  for (const r of compressed) {
    assert.equal(r.headers["content-encoding"], "br", r.url);
    assert.match(r.headers.vary ?? "", /accept-encoding/i, r.url);
  }
  await page.close();
});

test("a reload revalidates only the entry page: the hashed files come from the browser's cache", async () => {
  const page = await newPage(env.browser);
  const net = await network(page);
  await page.goto(env.server.origin + "/en/");
  await page.waitForSelector(".rural-story-root[data-live]");
  await page.waitForLoadState("networkidle");
  const first = net.take();
  assert.ok(first.length >= 6 && first.every((r) => !r.cached), "the first visit loads from the server");

  await page.reload();
  await page.waitForSelector(".rural-story-root[data-live]");
  await page.waitForLoadState("networkidle");
  const again = net.take();
  const fromServer = again.filter((r) => !r.cached);
  assert.deepEqual(fromServer.map((r) => [r.url, r.status]), [[env.server.origin + "/en/", 304]], "only the page, revalidated: 304 Not Modified");
  const cached = again.filter((r) => r.cached).map((r) => r.url).sort();
  assert.deepEqual(cached, first.slice(1).map((r) => r.url).sort(), "every file of the first visit, from the cache");
  assert.equal(await page.locator("html").getAttribute("lang"), "en");
  await page.close();
});

test("entry pages and directories under the sub-path revalidate, with the policy; outside it nothing is served", async () => {
  const page = await newPage(env.browser);
  for (const p of ["/", "/index.html", "/en/", "/en/index.html", "/chart-money.html", "/en/chart-farm-sales.html"]) {
    const response = await page.request.get(env.server.origin + p, { headers: { "accept-encoding": "br" } });
    assert.equal(response.status(), 200, p);
    const headers = response.headers();
    assert.equal(headers["cache-control"], "no-cache", p);
    assert.match(headers["content-security-policy"] ?? "", /script-src 'self' 'wasm-unsafe-eval'/, p);
    assert.equal(headers["content-encoding"], "br", p);
    assert.equal(headers["x-content-type-options"], "nosniff", p);
    // Decoded, the file itself.
    assert.equal((await response.body()).toString("utf8"), fs.readFileSync(fileOf(env.server.origin + p), "utf8"), p);
  }
  // The widget's address without its trailing slash leads to it.
  await page.goto(env.server.origin);
  assert.equal(page.url(), env.server.origin + "/");
  await page.waitForSelector(".rural-story-root[data-live]");
  // Its stylesheet in each encoding, by what the client accepts.
  const style = await page.locator("link[rel=stylesheet]").getAttribute("href", { timeout: 1000 }).then((href) => new URL(href, page.url()).href);
  for (const [accept, encoding] of [["br", "br"], ["gzip", "gzip"], ["identity", undefined]]) {
    const response = await page.request.get(style, { headers: { "accept-encoding": accept } });
    assert.equal(response.headers()["content-encoding"], encoding, accept);
    assert.match(response.headers()["cache-control"], /immutable/);
    assert.equal((await response.body()).toString("utf8"), fs.readFileSync(fileOf(style), "utf8"), accept);
  }
  // The server's root is not the site.
  for (const p of ["/index.html", "/", "/_headers"]) {
    assert.equal((await page.request.get(env.server.siteOrigin + p)).status(), 404, p);
  }
  assert.equal((await page.request.get(env.server.origin + "/_headers")).status(), 404, "_headers is for the host only");
  await page.close();
});

test("the production dist/ holds only what readers load: no example pages", () => {
  assert.ok(fs.existsSync(path.join(DIST, "index.html")));
  assert.ok(!fs.existsSync(path.join(DIST, "examples")), "examples/ belongs to development builds (cargo xtask serve)");
  const headers = fs.readFileSync(path.join(DIST, "_headers"), "utf8");
  assert.doesNotMatch(headers, /\/examples\//);
});

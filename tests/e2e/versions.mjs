// Version mixing: a newsroom deploys a corrected story over the earlier deploy, keeping the
// earlier hashed files (README, Publishing). DIST_A is the earlier build, DIST_B the
// corrected one (its titles end in "(corrected)"); they are served together, B's entry
// points replacing A's. A reader who holds A's entry point (a page or embed.js kept from
// yesterday) must load only A's files, and B's entry point only B's. Run by
// `cargo xtask test versions`, which builds DIST_B (not part of `node --test .`: the name
// does not end in .test.mjs).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { serve, serveHost, hostPage, launch, newPage } from "./harness.mjs";

const A = process.env.DIST_A;
const B = process.env.DIST_B;
if (!A || !B) throw new Error("DIST_A and DIST_B must name two built sites: run `cargo xtask test versions`");

const CORRECTED = /\(corrected\)$/;
let both, server, host, browser;
const files = {};

/** Every file of a build, relative to its root ("en/index.html"). */
async function listing(root) {
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true });
  return new Set(
    entries
      .filter((e) => e.isFile())
      .map((e) => path.relative(root, path.join(e.parentPath ?? e.path, e.name)).split(path.sep).join("/")),
  );
}

before(async () => {
  files.A = await listing(A);
  files.B = await listing(B);
  both = await fs.mkdtemp(path.join(os.tmpdir(), "rural-story-versions-"));
  await fs.cp(A, both, { recursive: true });
  await fs.cp(B, both, { recursive: true, force: true });
  server = await serve(both);
  host = await serveHost();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await host?.close();
  if (both) await fs.rm(both, { recursive: true, force: true });
});

/** The widget's files a page requests, relative to the widget's address. */
function record(page) {
  const requested = [];
  page.on("request", (r) => {
    const url = r.url().split(/[?#]/)[0];
    if (url.startsWith(server.origin + "/")) requested.push(url.slice(server.origin.length + 1) || "index.html");
  });
  return requested;
}

/** Answers requests for `entry` (a path under the widget's address) with version A's copy. */
async function keepEarlier(page, entry) {
  const body = await fs.readFile(path.join(A, entry));
  const type = entry.endsWith(".js") ? "text/javascript" : "text/html; charset=utf-8";
  await page.route(`${server.origin}/${entry}`, (route) => route.fulfill({ status: 200, contentType: type, body }));
}

function assertOneVersion(requested, version) {
  const other = version === "A" ? "B" : "A";
  const foreign = requested.filter((name) => !files[version].has(name));
  assert.deepEqual(foreign, [], `files of version ${other} only, loaded by version ${version}'s entry point`);
}

test("the two builds share the page's bundle and differ in the script embed's", () => {
  const hashed = (set) => [...set].filter((n) => /-[0-9a-f]{16}\.(js|css|wasm)$/.test(n));
  const onlyA = hashed(files.A).filter((n) => !files.B.has(n));
  const onlyB = hashed(files.B).filter((n) => !files.A.has(n));
  // The corrected story is embedded in the script embed's bundle: new names for it.
  assert.ok(onlyA.some((n) => n.startsWith("rural-story-embed")), JSON.stringify(onlyA));
  assert.ok(onlyB.some((n) => n.startsWith("rural-story-embed")), JSON.stringify(onlyB));
  // The page's bundle does not carry the story: the same files serve both versions.
  for (const name of hashed(files.B).filter((n) => /^(rural-story[-_]|style-|prefs-)/.test(n) && !n.startsWith("rural-story-embed"))) {
    assert.ok(files.A.has(name), `${name} changed although the page's bundle holds no story`);
  }
});

for (const [version, entry] of [["A", "index.html"], ["B", "index.html"], ["A", "en/chart-money.html"], ["B", "en/chart-money.html"]]) {
  test(`version ${version}'s ${entry} loads only version ${version}'s files and works`, async () => {
    const page = await newPage(browser);
    const requested = record(page);
    if (version === "A") await keepEarlier(page, entry);
    await page.goto(`${server.origin}/${entry}`);
    await page.waitForSelector(".rural-story-root[data-live]");
    // The story's title ends the document's title on every page (after the chart's on chart pages).
    const title = await page.title();
    assert.equal(/(\(corrected\)|（更正）)$/.test(title), version === "B", title);
    assertOneVersion(requested, version);
    assert.ok(requested.some((n) => n.endsWith(".wasm")), "the page's wasm was loaded");
    await page.close();
  });
}

test("a reader who kept yesterday's embed.js gets yesterday's bundle; today's embed.js today's", async () => {
  const url = host.add("/news.html", hostPage(`<div data-rural-story data-lang="en"></div><script src="${server.origin}/embed.js" defer></script>`));
  // One browser context: yesterday's visit fills the cache, today's comes after it.
  const context = await browser.browser.newContext();
  for (const version of ["A", "B"]) {
    const page = await context.newPage();
    const requested = record(page);
    if (version === "A") await keepEarlier(page, "embed.js");
    await page.goto(url);
    const heading = page.locator("[data-rural-story] h1").first();
    await heading.waitFor();
    const title = (await heading.textContent()).trim();
    assert.equal(CORRECTED.test(title), version === "B", `version ${version}: ${title}`);
    assertOneVersion(requested, version);
    const bundle = requested.filter((n) => n.startsWith("rural-story-embed"));
    assert.equal(bundle.length, 2, `glue and wasm of the embed's bundle: ${bundle}`);
    await page.close();
  }
  await context.close();
});

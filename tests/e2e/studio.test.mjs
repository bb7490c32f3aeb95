// The story studio's page (studio/): served as published, it mounts its own app under the
// reader pages' strict policy, loading only its own hashed files; no reader page names it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DIST, newPage, recordEvents, serveAndLaunch } from "./harness.mjs";

const env = serveAndLaunch();

const BUNDLE = "rural-story-studio";
/** A file name with a content hash in it. */
const HASHED = /-[0-9a-f]{16}\.(js|css|wasm)$/;

test("the studio page mounts its app under the reader pages' policy and loads only its own files", async () => {
  const page = await newPage(env.browser);
  await recordEvents(page);
  const problems = [];
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page: ${e}`));
  const responses = [];
  page.on("response", (r) => responses.push(r));

  const address = env.server.origin + "/studio/";
  const response = await page.goto(address);
  assert.equal(response.status(), 200);
  await page.locator("#studio").getByText(/Story studio/).waitFor({ timeout: 30_000 });
  assert.equal(await page.title(), "Story studio");
  assert.equal(await page.locator(".studio-fallback").count(), 0, "the fallback gives way to the app");
  await page.waitForLoadState("networkidle");

  // The same policy as the reader's pages, sent with the page; nothing was refused.
  const reader = await page.request.get(env.server.origin + "/");
  const csp = response.headers()["content-security-policy"];
  assert.match(csp ?? "", /script-src 'self' 'wasm-unsafe-eval'/);
  assert.equal(csp, reader.headers()["content-security-policy"]);
  assert.equal(response.headers()["cache-control"], "no-cache");
  assert.deepEqual(await page.evaluate(() => window.__seen.violations), [], "CSP violations");
  assert.deepEqual(problems, [], "errors");

  // Its stylesheet, loader, glue and wasm: from its own folder, hashed, cached for good.
  const folder = new URL(address).pathname;
  const loaded = responses.filter((r) => r.url() !== address && !r.url().startsWith("data:"));
  const kinds = loaded.map((r) => path.extname(new URL(r.url()).pathname)).sort();
  assert.deepEqual(kinds, [".css", ".js", ".js", ".wasm"], loaded.map((r) => r.url()).join(" "));
  for (const r of loaded) {
    const { pathname } = new URL(r.url());
    assert.ok(pathname.startsWith(folder), `${r.url()} lies in ${folder}`);
    assert.match(pathname, HASHED, r.url());
    assert.equal(r.status(), 200, r.url());
    assert.match(r.headers()["cache-control"] ?? "", /immutable/, r.url());
  }
  assert.ok(loaded.some((r) => path.basename(r.url()).startsWith(`${BUNDLE}_bg-`)), "the studio's wasm");

  // What the app is given: the reader's stylesheet as published, and the embed's script.
  const mount = page.locator("#studio");
  const readerStyle = new URL(await mount.getAttribute("data-reader-style"), page.url()).href;
  const readerPage = await newPage(env.browser);
  await readerPage.goto(env.server.origin + "/index.html");
  const style = await readerPage.locator("link[rel=stylesheet]").getAttribute("href");
  assert.equal(readerStyle, new URL(style, readerPage.url()).href, "the reader page's own stylesheet");
  await readerPage.close();
  const sheet = await page.request.get(readerStyle);
  assert.equal(sheet.status(), 200);
  assert.match(sheet.headers()["content-type"], /^text\/css/);
  const embed = new URL(await mount.getAttribute("data-embed-script"), page.url()).href;
  assert.equal(embed, env.server.origin + "/embed.js");
  assert.equal((await page.request.get(embed)).status(), 200);
  await page.close();
});

test("no reader page names or loads the studio", async () => {
  const page = await newPage(env.browser);
  for (const p of ["/", "/en/", "/chart-money.html", "/en/chart-money.html"]) {
    const body = await (await page.request.get(env.server.origin + p)).text();
    assert.ok(body.includes("rural-story-root"), `${p} is a reader page`);
    assert.ok(!body.includes(BUNDLE) && !body.includes("studio/"), `${p} names the studio`);
    const requests = [];
    const record = (r) => requests.push(r.url());
    page.on("request", record);
    await page.goto(env.server.origin + p);
    await page.waitForSelector(".rural-story-root[data-live]");
    await page.waitForLoadState("networkidle");
    page.off("request", record);
    assert.deepEqual(requests.filter((u) => /studio/.test(u)), [], p);
  }
  await page.close();
  // Nor does any file a reader page or a host page may load.
  for (const name of fs.readdirSync(DIST).filter((f) => /\.(html|js|css)$/.test(f))) {
    assert.ok(!fs.readFileSync(path.join(DIST, name), "utf8").includes(BUNDLE), `${name} names the studio`);
  }
});

test("the studio page is valid HTML (Nu Html Checker)", () => {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const vnu = path.join(here, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
  const run = spawnSync("java", ["-jar", vnu, "--errors-only", "--format", "json", path.join(DIST, "studio", "index.html")], { encoding: "utf8" });
  assert.ok(run.status !== null && run.stderr.trim().startsWith("{"), `vnu did not run: ${run.error ?? run.stderr}`);
  assert.deepEqual(JSON.parse(run.stderr).messages.map((m) => `${m.lastLine}: ${m.message}`), []);
});

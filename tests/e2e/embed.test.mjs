// The widget inside other people's pages (examples/): iframes that size themselves, the
// single-chart view, script embeds in shadow roots, host-supplied stories, strict CSP.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { serve, serveHost, hostPage, launch, open, newPage, recordEvents, STRICT_CSP } from "./harness.mjs";

let server;
let strict;
let browser;
before(async () => {
  server = await serve();
  strict = await serve(undefined, { "content-security-policy": STRICT_CSP });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await strict?.close();
});

/** Opens a host page and records its messages, CSP violations and foreign requests. */
async function host(origin, path, viewport = { width: 1000, height: 900 }) {
  const page = await newPage(browser, { viewport });
  const foreign = [];
  const site = new URL(origin).origin; // `origin` may carry the sub-path
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (!["data:", "blob:"].includes(url.protocol) && url.origin !== site) foreign.push(r.url());
  });
  await recordEvents(page);
  await page.goto(origin + path);
  return { page, foreign };
}

/** `text` as a regular expression that matches it literally. */
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Waits for a script embed's chart to be drawn inside its shadow root. */
// The markup holds a drawing per scale and width; CSS shows the one that applies.
const drawn = (page, id) => page.locator(`#${id} figure.chart .chart-svg:visible svg`).first().waitFor();

test("an iframe grows to its content's height, told in every message format", async () => {
  const { page } = await host(server.origin, "/examples/news-article.html");
  const frame = page.locator("#frame-money");
  await page.waitForFunction(() => document.querySelector("#frame-money").getBoundingClientRect().height > 300);
  const content = await page.frameLocator("#frame-money").locator(".rural-story-root").evaluate((e) => e.getBoundingClientRect().height);
  const inner = await frame.evaluate((e) => e.clientHeight);
  assert.ok(Math.abs(inner - Math.ceil(content)) <= 1, `iframe ${inner}px inside, content ${content}px`);
  const outer = await frame.evaluate((e) => e.getBoundingClientRect().height);
  const messages = await page.evaluate(() => window.__seen.messages);
  assert.ok(messages.some((m) => m?.type === "rural-story:height" && m.id === "money" && m.height > 300));
  assert.ok(messages.some((m) => m?.["datawrapper-height"]?.money > 300));
  assert.ok(messages.some((m) => m?.sentinel === "amp" && m.type === "embed-size" && m.height > 300));
  assert.ok(messages.some((m) => typeof m === "string" && /^pymxPYMxmoneyxPYMxheightxPYMx\d+$/.test(m)));
  // It follows the widget: showing the table instead of the chart changes the height.
  await page.frameLocator("#frame-money").locator(".table-toggle").click();
  await page.waitForFunction((before) => {
    const frame = document.querySelector("#frame-money");
    const root = frame.contentDocument.querySelector(".rural-story-root");
    const content = Math.ceil(root.getBoundingClientRect().height);
    return content !== before && Math.abs(frame.clientHeight - content) <= 1;
  }, inner);
  await page.close();
});

test("each chart has a prerendered page of its own: one chart, with or without JavaScript", async () => {
  for (const javaScriptEnabled of [false, true]) {
    const page = await newPage(browser, { javaScriptEnabled });
    await page.goto(server.origin + "/chart-farm-sales.html?lang=zh");
    if (javaScriptEnabled) await page.waitForSelector(".rural-story-root[data-live]");
    assert.equal(await page.locator("figure.chart").count(), 1);
    assert.equal(await page.locator("figure.chart").getAttribute("data-chart"), "farm-sales");
    assert.equal(await page.locator(".paragraph, section.steps").count(), 0);
    assert.match(await page.title(), /小珠山|农产品|助农/);
    await page.close();
  }
});

test("the single-chart view shows exactly one chart, its source and a link to the story", async () => {
  const { page } = await open(browser, server.origin, "/index.html?chart=money&lang=en");
  assert.equal(await page.locator("figure.chart").count(), 1);
  assert.equal(await page.locator("figure.chart").getAttribute("data-chart"), "money");
  assert.equal(await page.locator("section.steps, .key-figures, .paragraph").count(), 0);
  assert.match(await page.locator(".single-chart-source").innerText(), /China Shandong Net · 2022-02-20/);
  const link = await page.locator(".single-chart-source a").evaluate((a) => a.href);
  assert.equal(link, `${server.origin}/index.html?lang=en`);
  // `?chart=<id>` leads to the chart's own page at once (prefs.js).
  assert.equal(new URL(page.url()).pathname, new URL(`${server.origin}/en/chart-money.html`).pathname);
  await page.close();
  const missing = await newPage(browser);
  await missing.goto(server.origin + "/index.html?chart=nope");
  const alert = missing.locator("[role=alert]");
  await alert.waitFor();
  assert.match(await alert.innerText(), /unknown chart "nope" \(charts: projects, money/);
  assert.match(await missing.locator("h1.headline").innerText(), /青岛西海岸新区实践/, "the story stays");
  await missing.close();
});

test("two script embeds on one page both render, in shadow roots, untouched by the host's CSS", async () => {
  const { page, foreign } = await host(server.origin, "/examples/news-article.html");
  await drawn(page, "embed-projects");
  await drawn(page, "embed-farm");
  for (const id of ["embed-projects", "embed-farm"]) {
    assert.ok(await page.locator(`#${id}`).evaluate((e) => e.shadowRoot !== null), `${id} has a shadow root`);
  }
  assert.match(await page.locator("#embed-projects .chart-title").innerText(), /工作队推动的项目与品牌/);
  assert.match(await page.locator("#embed-farm .chart-title").innerText(), /Xiaozhushan|farm/i);
  // The widget's CSS does not leak out either.
  assert.equal(await page.locator("h1").evaluate((e) => getComputedStyle(e).color), "rgb(0, 128, 0)");

  const look = (p) => p.locator("#embed-projects").evaluate((el) => {
    const pick = (sel, props) => {
      const s = getComputedStyle(el.shadowRoot.querySelector(sel));
      return props.map((k) => `${sel} ${k}=${s[k]}`);
    };
    return [
      ...pick(".chart-title", ["fontFamily", "fontSize", "letterSpacing", "textTransform", "color", "lineHeight"]),
      ...pick(".chart-takeaway", ["fontSize", "color", "textAlign"]),
      ...pick(".table-toggle", ["fontSize", "backgroundColor", "borderTopStyle"]),
      ...pick("svg", ["filter", "backgroundColor", "display"]),
      ...pick("svg rect", ["fill"]),
      ...pick(".mark", ["display", "backgroundColor"]),
    ];
  });
  const plain = await newPage(browser, { viewport: { width: 1000, height: 900 } });
  await plain.goto(server.origin + "/examples/plain.html");
  await drawn(plain, "embed-projects");
  assert.deepEqual(await look(page), await look(plain));
  assert.deepEqual(foreign, []);
  await plain.close();
  await page.close();
});

test("in a script embed, a bar at the foot of the screen opens its tooltip above it", async () => {
  const { page } = await host(server.origin, "/examples/news-article.html");
  await drawn(page, "embed-projects");
  await drawn(page, "embed-farm");
  await page.evaluate(() => document.fonts.ready);
  // The iframe above the embed grows from its 150 px to its content's height when its page says so.
  await page.waitForFunction(() => document.querySelector("#frame-money").getBoundingClientRect().height > 300);
  const mark = page.locator(`#embed-projects .chart-plot:visible .mark[data-figure="infra-projects"]`);
  // The host page may still be settling (an iframe growing, fonts arriving): scroll until
  // the bar stays at the foot of the screen for two frames running.
  let at = null;
  for (let i = 0; i < 20; i++) {
    await mark.evaluate((el) => el.scrollIntoView({ block: "end" }));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const before = await mark.boundingBox();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    at = await mark.boundingBox();
    if (at.y === before.y && at.y + at.height > 900 - 60) break;
  }
  // The mouse goes to where the bar is; `hover()` would scroll it to the middle if it moved.
  await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
  const tip = page.locator("#embed-projects .chart-plot:visible .chart-tip");
  await tip.waitFor({ state: "visible" });
  // The tooltip is placed in the frame after it opens.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const [bar, box] = [await mark.boundingBox(), await tip.boundingBox()];
  assert.ok(bar.y + bar.height > 900 - box.height, `the bar ${JSON.stringify(bar)} leaves no room below`);
  assert.ok(box.y >= 0 && box.y + box.height <= bar.y + 1, `tooltip ${JSON.stringify(box)} above the bar ${JSON.stringify(bar)}`);
  await tip.hover();
  assert.ok(await tip.isVisible());
  await page.close();
});

test("a host-supplied story renders; an invalid one shows its problems and the page carries on", async () => {
  const { page } = await host(server.origin, "/examples/csp.html");
  await drawn(page, "embed-island");
  assert.equal(await page.locator("#embed-island h1.headline").innerText(), "主机提供的报道");
  // Chinese text groups no digits (GB/T 15835 leaves it to house style; statistics write none).
  assert.match(await page.locator("#embed-island .key-figures").innerText(), /1200棵/);
  const alert = page.locator("#embed-broken [role=alert]");
  await alert.waitFor();
  const text = await alert.innerText();
  assert.match(text, /figures\[0\] \(id "trees"\)\.quote: not found in the article text/);
  assert.match(text, /charts\[0\]\.figures\[2\]: unknown figure "ghost"/);
  assert.ok(await page.locator("#after-broken").isVisible());
  await drawn(page, "embed-csp");
  await page.close();
});

test("under a strict Content-Security-Policy nothing is blocked and nothing leaves the origin", async () => {
  for (const path of ["/index.html", "/index.html?chart=money&lang=en", "/examples/news-article.html", "/examples/csp.html"]) {
    const { page, foreign } = await host(strict.origin, path);
    await page.locator(".rural-story-root[data-live]").first().waitFor();
    await page.waitForTimeout(500);
    const headerPolicy = await page.evaluate(() => window.__seen.violations);
    assert.deepEqual(headerPolicy, [], `${path}: CSP violations`);
    assert.deepEqual(foreign, [], `${path}: requests to other origins`);
    await page.close();
  }
  // The meta-tag policy of examples/csp.html, on a server that sends none.
  const { page } = await host(server.origin, "/examples/csp.html");
  await drawn(page, "embed-island");
  await page.frameLocator("#frame-csp").locator(".rural-story-root[data-live]").waitFor();
  assert.deepEqual(await page.evaluate(() => window.__seen.violations), []);
  await page.close();
});

test("the script embed starts the WebAssembly only when its placeholder nears the viewport", async () => {
  const { page } = await host(server.origin, "/examples/lazy.html");
  const wasm = [];
  page.on("request", (r) => r.url().endsWith(".wasm") && wasm.push(r.url()));
  await page.waitForTimeout(1000);
  assert.deepEqual(wasm, [], "nothing loaded while the placeholder is far away");
  await page.locator("#embed-lazy").scrollIntoViewIfNeeded();
  await drawn(page, "embed-lazy");
  assert.equal(wasm.length, 1);
  assert.match(wasm[0], /\/rural-story-embed_bg-[0-9a-f]{16}\.wasm$/, "the script embed's own bundle");
  await page.close();
});

test("the story page loads only its own bundle, and script embeds only theirs", async () => {
  const page = await newPage(browser);
  const scripts = [];
  page.on("request", (r) => /\.(js|wasm)$/.test(new URL(r.url()).pathname) && scripts.push(new URL(r.url()).pathname));
  await page.goto(server.origin + "/index.html");
  await page.waitForSelector(".rural-story-root[data-live]");
  // Each under a name with its content hash.
  const names = scripts.map((p) => p.split("/").pop());
  assert.ok(names.every((n) => /-[0-9a-f]{16}\.(js|wasm)$/.test(n)), names.join(" "));
  const unhashed = names.map((n) => n.replace(/-[0-9a-f]{16}(?=\.)/, "")).sort();
  assert.deepEqual(unhashed, ["frame.js", "prefs.js", "rural-story.js", "rural-story_bg.wasm", "start.js"]);
  await page.close();
});

test("the embed button gives iframe and script codes that work when pasted", async () => {
  const page = await newPage(browser, { permissions: ["clipboard-read", "clipboard-write"] });
  await page.goto(server.origin + "/index.html?lang=en");
  await page.waitForSelector(".rural-story-root[data-live]");
  const embed = page.locator('figure.chart[data-chart="money"] details.embed');
  await embed.locator("summary").click();
  const [iframeCode, scriptCode] = await embed.locator(".embed-code code").evaluateAll((t) => t.map((e) => e.textContent));
  // Absolute addresses of the widget where it is published: under the sub-path.
  const at = escape(server.origin);
  assert.match(iframeCode, new RegExp(`<iframe src="${at}/chart-money\\.html\\?lang=en&amp;id=money" title="Money invested and earned"`));
  assert.match(iframeCode, /loading="lazy"/);
  assert.match(iframeCode, /<noscript><a href="[^"]+index\.html\?lang=en">/);
  assert.match(iframeCode, new RegExp(`<script src="${at}/embed\\.js" defer></script>`));
  assert.match(scriptCode, /<div data-rural-story data-chart="money" data-lang="en">/);
  await embed.locator(".copy-code").first().click();
  await embed.locator(".copy-status").filter({ hasText: "Copied" }).first().waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), iframeCode);

  // Pasted into a page of another origin's kind (here: a blank page on the widget's server).
  for (const [code, check] of [[iframeCode, "iframe"], [scriptCode, "script"]]) {
    const host = await newPage(browser);
    await host.goto(server.origin + "/examples/index.html");
    await host.evaluate((html) => {
      document.body.innerHTML = "";
      const range = document.createRange();
      document.body.append(range.createContextualFragment(html));
    }, code);
    if (check === "iframe") {
      await host.frameLocator("iframe").locator(".rural-story-root[data-live]").waitFor();
      await host.waitForFunction(() => document.querySelector("iframe").getBoundingClientRect().height > 400);
    } else {
      await host.locator("[data-rural-story] figure.chart .chart-svg:visible svg").first().waitFor();
    }
    await host.close();
  }
  await page.close();
});

test("a host's story is its own: nothing in its widget leads to the built-in story's pages", async () => {
  // The valid data-island story of examples/csp.html, as it is and with a page of its own.
  const example = fs.readFileSync(new URL("../../examples/csp.html", import.meta.url), "utf8");
  const island = JSON.parse(/<script type="application\/json">([\s\S]*?)<\/script>/.exec(example)[1]);
  const ownPage = "https://news.example/2026/trees.html";
  const named = { ...island, meta: { ...island.meta, story_url: ownPage } };
  const placeholder = (id, story, chart = "") =>
    `<div id="${id}" data-rural-story data-lang="en"${chart && ` data-chart="${chart}"`}></div>` +
    `<script type="application/json">${JSON.stringify(story).replaceAll("</", "<\\/")}</script>`;
  const site = await serveHost();
  const url = site.add("/trees.html", hostPage(
    placeholder("plain", island) + placeholder("plain-chart", island, "village") +
      placeholder("named", named) + placeholder("named-chart", named, "village") +
      `<script src="${server.origin}/embed.js" defer></script>`,
  ));
  const page = await newPage(browser, { viewport: { width: 1000, height: 4000 }, permissions: ["clipboard-read", "clipboard-write"] });
  await page.goto(url);
  const widget = (id) => page.locator(`#${id}`);
  for (const id of ["plain", "plain-chart", "named", "named-chart"]) await widget(id).locator("figure.chart .chart-svg:visible svg").first().waitFor();
  /** Every address the widget offers: its links, and the codes and links it would copy. */
  const offered = (id) => widget(id).evaluate((host) => [
    ...[...host.shadowRoot.querySelectorAll("a[href]")].map((a) => a.href),
    ...[...host.shadowRoot.querySelectorAll(".embed-code code")].map((c) => c.textContent),
  ]);
  for (const id of ["plain", "plain-chart", "named", "named-chart"]) {
    const widgetPages = (await offered(id)).filter((a) => a.includes(server.origin));
    assert.deepEqual(widgetPages, [], `${id}: nothing leads to the widget's pages, which show another story`);
    assert.equal(await widget(id).locator("details.embed").count(), 0, `${id}: no embed codes`);
  }
  // Without a page of its own: no link to it and nothing to copy.
  for (const id of ["plain", "plain-chart"]) {
    assert.equal(await widget(id).locator(".copy-link").count(), 0, id);
    assert.equal(await widget(id).locator(".single-chart-source a").count(), 0, id);
  }
  // With one (meta.story_url): "read the full story" and "copy link" lead there.
  assert.equal(await widget("named-chart").locator(".single-chart-source a").getAttribute("href"), ownPage);
  await widget("named").locator(".copy-link").click();
  await widget("named").locator(".copy-status").filter({ hasText: /copied/i }).first().waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${ownPage}#chart-village`);
  await page.close();
  await site.close();
});

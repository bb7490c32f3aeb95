// The widget where news sites put it, not on our own example pages: host pages on another
// site (http://localhost:… against the widget's http://127.0.0.1:…) in fresh browser
// contexts, frames without a query string at the widths readers have, sandboxed frames,
// the real code of pym.js and of Datawrapper's embed snippets, script embeds whose every
// control is pressed, a widget server without CORS, and a start-up that throws.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { DIST, serve, serveHost, hostPage, launch, newPage } from "./harness.mjs";
import { hostLibraries } from "./host-libraries.mjs";

/** Every chart page of the build, by chart id. */
const CHARTS = fs.readdirSync(DIST)
  .map((f) => /^chart-([a-z0-9-]+)\.html$/.exec(f)?.[1])
  .filter(Boolean)
  .sort();

let widget; // the widget's site as published: from a sub-path, with dist/_headers (CORS included)
let widgetWithoutCors;
let site; // the news site
let browser;
before(async () => {
  widget = await serve();
  widgetWithoutCors = await serve(undefined, {}); // a plain server: no `_headers`, no CORS
  site = await serveHost(hostLibraries());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await Promise.all([widget?.close(), widgetWithoutCors?.close(), site?.close()]);
});

let pages = 0;
/** Opens `body` as a page of the news site in a fresh context; records height messages. */
async function visit(body, { width = 1280, height = 900, init } = {}) {
  const page = await newPage(browser, { viewport: { width, height } });
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  page.context().on("page", (popup) => popup.close().catch(() => {}));
  await page.addInitScript(() => {
    window.__heights = [];
    addEventListener("message", (e) => {
      const d = e.data;
      if (d && d.type === "rural-story:height") window.__heights.push({ id: d.id, h: d.height, t: performance.now() });
      else if (typeof d === "string" && d.startsWith("pymxPYMx")) window.__heights.push({ pym: d, t: performance.now() });
    });
  });
  if (init) await page.addInitScript(init);
  await page.goto(site.add(`/page-${++pages}.html`, hostPage(body)));
  return { page, errors };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Waits until `done()` holds, for at most 10 s. */
async function until(done, what) {
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; await sleep(50)) {
    if (done()) return;
  }
  throw new Error(`timed out waiting until ${what}`);
}

/**
 * Waits until the widget in the iframe `selector` is live and the frame is as tall as it;
 * `ms` is how long that took once the widget was live.
 */
async function settle(page, selector) {
  const element = await page.waitForSelector(selector);
  const frame = await element.contentFrame();
  await frame.waitForSelector(".rural-story-root[data-live]", { timeout: 30_000 });
  const measure = async () => ({
    frame: await element.evaluate((f) => f.getBoundingClientRect().height),
    ...(await frame.evaluate(() => ({
      content: Math.ceil(document.querySelector(".rural-story-root").getBoundingClientRect().height),
      overflowX: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    }))),
  });
  const start = Date.now();
  let m = await measure();
  while (m.frame !== m.content && Date.now() - start < 10_000) {
    await sleep(50);
    m = await measure();
  }
  return { ...m, ms: Date.now() - start, measure, handle: frame };
}

/** Reloads `frame` and waits until its new document is live. */
async function reload(frame) {
  await frame.evaluate(() => {
    window.__before = true;
    location.reload();
  });
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await sleep(50)) {
    const fresh = await frame
      .evaluate(() => !window.__before && !!document.querySelector(".rural-story-root[data-live]"))
      .catch(() => false);
    if (fresh) return;
  }
  throw new Error("the frame did not come back live after reloading");
}

/** What the widget can store in a frame: "available" or "blocked". */
const storageIn = (frame) =>
  frame.evaluate(() => {
    try {
      localStorage.setItem("rural-story.probe", "1");
      localStorage.removeItem("rural-story.probe");
      return "available";
    } catch {
      return "blocked";
    }
  });

/** How many of our own height messages the frame named `id` has sent. */
const messagesFrom = (page, id) => page.evaluate((id) => window.__heights.filter((m) => m.id === id).length, id);

for (const width of [320, 390, 800, 1280, 1920]) {
  test(`framed on another site at ${width} px with no query string, every page settles at its content height`, async () => {
    const frames = [["story", "index.html"], ...CHARTS.map((c) => [c, `chart-${c}.html`])];
    const body = frames.map(([id, file]) => `<iframe id="f-${id}" src="${widget.origin}/${file}" title="${id}"></iframe>`).join("\n") +
      `<script src="${widget.origin}/embed.js" defer></script>`;
    const { page, errors } = await visit(body, { width });
    // Frames out of view are not rendered, yet each reports its height once started, so the
    // host page is laid out before a reader scrolls there.
    for (const [id] of frames) {
      const frame = await (await page.waitForSelector(`#f-${id}`)).contentFrame();
      await frame.waitForSelector(".rural-story-root[data-live]", { timeout: 30_000 });
      await page.waitForFunction((id) => window.__heights.some((m) => m.id === id), id, { timeout: 5_000 });
    }
    const rows = [];
    for (const [id] of frames) {
      await page.locator(`#f-${id}`).scrollIntoViewIfNeeded();
      const settled = await settle(page, `#f-${id}`);
      assert.equal(settled.frame, settled.content, `${width} px, ${id}: frame ${settled.frame} px, content ${settled.content} px`);
      assert.ok(settled.ms <= 2000, `${width} px, ${id}: settled after ${settled.ms} ms in view`);
      assert.ok(settled.overflowX <= 0, `${width} px, ${id}: ${settled.overflowX} px wider than the frame`);
      rows.push({ id, settled, storage: await storageIn(settled.handle) });
    }
    // And stays there: nothing moves over the next 1.5 s.
    const before = await Promise.all(rows.map((r) => messagesFrom(page, r.id)));
    await sleep(1500);
    for (const [i, row] of rows.entries()) {
      const now = await row.settled.measure();
      assert.equal(now.frame, row.settled.content, `${width} px, ${row.id}: moved to ${now.frame} px`);
      assert.equal(now.content, row.settled.content, `${width} px, ${row.id}: content moved to ${now.content} px`);
      assert.equal(await messagesFrom(page, row.id), before[i], `${width} px, ${row.id}: still sending heights`);
      console.log(`# ${width} px ${row.id}: frame ${now.frame} px, content ${now.content} px, ` +
        `${before[i]} height messages, settled ${row.settled.ms} ms after coming into view, storage ${row.storage}`);
    }
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test("a cross-site frame without storage starts in the URL's language, and the reader's choice lasts for the visit", async () => {
  for (const sandbox of ["", ` sandbox="allow-scripts"`]) {
    const { page, errors } = await visit(
      `<iframe id="f" src="${widget.origin}/chart-money.html?lang=en"${sandbox}></iframe><script src="${widget.origin}/embed.js" defer></script>`,
      { width: 800 },
    );
    const { handle: frame } = await settle(page, "#f");
    if (sandbox) assert.equal(await storageIn(frame), "blocked", "a sandboxed frame has no storage");
    assert.match(await frame.locator(".chart-title").innerText(), /Money/);
    await page.close();
    assert.deepEqual(errors, []);
  }
  // The story, framed without storage: switching language, then reloading the frame.
  const { page, errors } = await visit(
    `<iframe id="f" src="${widget.origin}/index.html" sandbox="allow-scripts"></iframe><script src="${widget.origin}/embed.js" defer></script>`,
    { width: 800 },
  );
  let { handle: frame } = await settle(page, "#f");
  assert.equal(await storageIn(frame), "blocked");
  assert.match(await frame.locator("h1.headline").innerText(), /青岛西海岸新区实践/);
  await frame.locator("a.lang-switch").click();
  ({ handle: frame } = await settle(page, "#f"));
  await until(async () => /Qingdao West Coast/.test(await frame.locator("h1.headline").innerText()), "the frame shows English");
  await reload(frame);
  ({ handle: frame } = await settle(page, "#f"));
  assert.match(await frame.locator("h1.headline").innerText(), /Qingdao West Coast/, "the choice survives a reload without storage");
  assert.deepEqual(errors, []);
  await page.close();
});

test("pym.js 1.3.2's Parent frames a chart and the story and resizes them to their content", async () => {
  const { page, errors } = await visit(
    `<div id="pym-money"></div><div id="pym-story"></div>
     <script src="/lib/pym.v1.min.js"></script>
     <script>
       new pym.Parent("pym-money", ${JSON.stringify(widget.origin + "/chart-money.html")}, {});
       new pym.Parent("pym-story", ${JSON.stringify(widget.origin + "/index.html")}, {});
     </script>`,
    { width: 800 },
  );
  for (const id of ["pym-money", "pym-story"]) {
    const settled = await settle(page, `#${id} iframe`);
    assert.equal(settled.frame, settled.content, `${id}: frame ${settled.frame} px, content ${settled.content} px`);
    const src = await page.locator(`#${id} iframe`).getAttribute("src");
    assert.match(src, new RegExp(`initialWidth=\\d+&childId=${id}&parentTitle=`), "pym built the frame itself");
    const pym = await page.evaluate((id) => window.__heights.filter((m) => m.pym?.startsWith(`pymxPYMx${id}xPYMxheightxPYMx`)).length, id);
    assert.ok(pym > 0, `${id}: no pym height message named by its childId`);
    console.log(`# pym.js ${id}: frame ${settled.frame} px, content ${settled.content} px, ${pym} pym height messages`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test("Datawrapper's responsive-embed snippets resize the frames, in their current and their older form", async () => {
  const forms = {
    // Matches the frame that sent the message by its contentWindow.
    current: (src, id) => `<iframe id="${id}" src="${src}" scrolling="no"></iframe>`,
    // Matches `datawrapper-chart-<name>`, the name being the frame's own (chart id or "story").
    older: (src, id, name) => `<iframe id="datawrapper-chart-${name}" data-test="${id}" src="${src}" scrolling="no"></iframe>`,
  };
  for (const [form, frame] of Object.entries(forms)) {
    const snippet = form === "current" ? "/lib/datawrapper-embed.js" : "/lib/datawrapper-embed-old.js";
    const { page, errors } = await visit(
      frame(`${widget.origin}/chart-money.html`, "dw-money", "money") +
        frame(`${widget.origin}/index.html`, "dw-story", "story") +
        `<script src="${snippet}"></script>`,
      { width: 800 },
    );
    for (const id of ["dw-money", "dw-story"]) {
      const selector = form === "current" ? `#${id}` : `[data-test="${id}"]`;
      const settled = await settle(page, selector);
      assert.equal(settled.frame, settled.content, `${form} ${id}: frame ${settled.frame} px, content ${settled.content} px`);
      console.log(`# Datawrapper ${form} snippet, ${id}: frame ${settled.frame} px, content ${settled.content} px`);
    }
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test("sandboxed frames (allow-scripts, opaque origin) render, go live and are resized by embed.js", async () => {
  const { page, errors } = await visit(
    `<iframe id="s-money" sandbox="allow-scripts" src="${widget.origin}/chart-money.html"></iframe>
     <iframe id="s-story" sandbox="allow-scripts" src="${widget.origin}/index.html?lang=en"></iframe>
     <script src="${widget.origin}/embed.js" defer></script>`,
    { width: 390 },
  );
  for (const id of ["s-money", "s-story"]) {
    const settled = await settle(page, `#${id}`);
    assert.equal(settled.frame, settled.content, `${id}: frame ${settled.frame} px, content ${settled.content} px`);
    assert.equal(await settled.handle.evaluate(() => origin), "null", "an opaque origin");
    console.log(`# sandboxed ${id}: frame ${settled.frame} px, content ${settled.content} px, ${await messagesFrom(page, id === "s-money" ? "money" : "story")} height messages`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test("embed.js resizes only the frames it manages, whatever other frames and the page post", async () => {
  const forged = `<script>setInterval(() => {
      parent.postMessage({ type: "rural-story:height", id: "money", height: 7 }, "*");
      parent.postMessage({ sentinel: "amp", type: "embed-size", height: 7 }, "*");
      parent.postMessage("pymxPYMxmoneyxPYMxheightxPYMx7", "*");
    }, 50);</script>`;
  const evil = site.add("/evil.html", hostPage(forged));
  const { page } = await visit(
    `<iframe id="w" src="${widget.origin}/chart-money.html"></iframe>
     <iframe id="moved" src="${widget.origin}/chart-projects.html"></iframe>
     <iframe id="evil-site" src="${evil}" style="height: 150px"></iframe>
     <iframe id="evil-sandboxed" sandbox="allow-scripts" srcdoc="${forged.replaceAll('"', "&quot;")}" style="height: 150px"></iframe>
     <script src="${widget.origin}/embed.js" defer></script>`,
    { width: 800 },
  );
  const settled = await settle(page, "#w");
  // A widget frame that navigated to another site keeps its address in `src`: only the
  // origin of its messages tells them apart.
  const moved = await settle(page, "#moved");
  await moved.handle.evaluate((url) => { location.href = url; }, evil);
  await until(() => page.frames().filter((f) => f.url() === evil).length === 2, "the moved frame shows the other site");
  await page.evaluate(() => window.postMessage({ type: "rural-story:height", height: 7 }, "*"));
  await sleep(600);
  assert.equal(await page.locator("#moved").evaluate((f) => f.getBoundingClientRect().height), moved.frame, "a widget frame now showing another site");
  assert.equal(await page.locator("#evil-site").evaluate((f) => f.getBoundingClientRect().height), 150, "a frame of another site");
  assert.equal(await page.locator("#evil-sandboxed").evaluate((f) => f.getBoundingClientRect().height), 150, "a sandboxed frame embed.js did not load");
  assert.equal((await settled.measure()).frame, settled.content, "the widget's frame keeps its height");
  await page.close();
});

test("a script embed leaves the host alone: every button, link and summary pressed, the host's address, history, title and storage unchanged", async () => {
  const { page, errors } = await visit(
    `<h1>Host headline</h1>
     <div id="story" data-rural-story data-lang="zh"><a href="${widget.origin}/index.html">The story</a></div>
     <div id="chart" data-rural-story data-chart="money" data-lang="en"><a href="${widget.origin}/chart-money.html">Money</a></div>
     <script src="${widget.origin}/embed.js" defer></script>`,
    { width: 1280, init: () => { localStorage.setItem("host", "mine"); sessionStorage.setItem("host", "mine"); } },
  );
  for (const id of ["story", "chart"]) {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    await page.locator(`#${id} .rural-story-root figure.chart .chart-svg:visible svg`).first().waitFor();
  }
  const hostState = () => page.evaluate(() => ({
    href: location.href,
    history: history.length,
    title: document.title,
    local: JSON.stringify({ ...localStorage }),
    session: JSON.stringify({ ...sessionStorage }),
    cookie: document.cookie,
    same: window.__sameDocument ??= Math.random(),
  }));
  const before = await hostState();
  const pressed = await page.evaluate(async () => {
    const counts = { button: 0, a: 0, summary: 0 };
    for (const id of ["story", "chart"]) {
      const shadow = document.getElementById(id).shadowRoot;
      // The language switch last: it renders the widget again, in the other language.
      const elements = [...shadow.querySelectorAll("button, a, summary")];
      const last = elements.filter((e) => e.classList.contains("lang-switch"));
      for (const element of [...elements.filter((e) => !last.includes(e)), ...last]) {
        if (!element.isConnected) continue;
        element.click();
        counts[element.localName]++;
        await new Promise((r) => setTimeout(r, 10));
      }
    }
    return counts;
  });
  await sleep(500);
  assert.deepEqual(await hostState(), before);
  assert.ok(pressed.button >= 40 && pressed.a >= 7 && pressed.summary >= 9, JSON.stringify(pressed));
  console.log(`# script embed: pressed ${pressed.button} buttons, ${pressed.a} links, ${pressed.summary} summaries; host unchanged`);
  assert.equal(await page.locator("#story .failure-box").count(), 0);
  assert.deepEqual(errors.filter((e) => !/clipboard|Write permission denied|Document is not focused/i.test(e)), []);
  await page.close();
});

test("a script embed from a server without CORS keeps the placeholder's content and says why on the console", async () => {
  const { page, errors } = await visit(
    `<div id="p" data-rural-story data-chart="money"><a href="${widgetWithoutCors.origin}/chart-money.html">Money invested and earned</a></div>
     <script src="${widgetWithoutCors.origin}/embed.js" defer></script>`,
  );
  await page.waitForSelector("#p[data-rural-story-error]");
  assert.ok(await page.locator("#p a").isVisible(), "the fallback link stays visible");
  assert.equal(await page.locator("#p").evaluate((p) => p.shadowRoot), null);
  const why = errors.find((e) => e.includes("rural-story embed:"));
  assert.ok(why, JSON.stringify(errors));
  assert.match(why, /Access-Control-Allow-Origin/);
  await page.close();
});

test("deep links work in framed widgets: a framed story opens at its linked step", async () => {
  const { page } = await visit(`<iframe id="f" src="${widget.origin}/index.html?lang=en#step-farm-sales"></iframe>`, { width: 1280 });
  const { handle: frame } = await settle(page, "#f");
  assert.equal(await frame.evaluate(() => document.querySelector(".step.current")?.id), "step-farm-sales");
  await frame.locator(".step-prev").click();
  assert.equal(await frame.evaluate(() => document.querySelector(".step.current")?.id), "step-smaller-sums");
  assert.equal(await frame.evaluate(() => location.hash), "#step-smaller-sums");
  await page.close();
});

test("at 1,280 px, next and previous advance the tour and keep it there", async () => {
  const page = await newPage(browser, { viewport: { width: 1280, height: 800 } });
  await page.goto(widget.origin + "/index.html");
  await page.waitForSelector(".rural-story-root[data-live] section.steps");
  const current = () => page.evaluate(() => document.querySelector(".step.current")?.id);
  const ids = await page.locator("section.steps .step").evaluateAll((els) => els.map((e) => e.id));
  for (const [i, id] of ids.entries()) {
    if (i > 0) await page.locator("section.steps .step-next").click();
    await page.waitForFunction((id) => document.querySelector(".step.current")?.id === id, id);
    await sleep(700); // the smooth scroll ends; reading on from there keeps the step
    assert.equal(await current(), id, `after next ×${i}`);
  }
  await page.locator("section.steps .step-prev").click();
  await sleep(700);
  assert.equal(await current(), ids.at(-2));
  await page.close();
});

test("if the wasm fails to load, to compile or to start, the prerendered story stays readable", async () => {
  const readable = async (page, kind) => {
    assert.match(await page.locator("article.story h1.headline").innerText(), /青岛西海岸新区实践/, kind);
    assert.ok((await page.locator("article.story .paragraph").count()) >= 15, `${kind}: the article is still there`);
    const charts = await page.locator("article.story figure.chart .chart-svg svg").evaluateAll((s) => s.filter((e) => e.getBoundingClientRect().height > 0).length);
    assert.equal(charts, 7, `${kind}: and its charts`);
    // As without JavaScript: each chart's numbers as a table, which the live page would switch to.
    await page.locator(":root[data-failed]").waitFor({ state: "attached" });
    const tables = await page.locator("article.story .chart-data table").evaluateAll((t) => t.filter((e) => e.checkVisibility()).length);
    assert.equal(tables, 7, `${kind}: and each chart's table`);
  };
  // Start-up reads the embed codes' text; a JavaScript exception there goes through the wasm
  // to start.js, which puts the failure box above the story.
  const page = await newPage(browser);
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.addInitScript(() => {
    const text = Object.getOwnPropertyDescriptor(Node.prototype, "textContent");
    Object.defineProperty(Node.prototype, "textContent", {
      ...text,
      get() {
        if (this.localName === "code") throw new Error("reading code is broken here");
        return text.get.call(this);
      },
    });
  });
  await page.goto(widget.origin + "/index.html");
  const box = page.locator(".failure-box[role=alert]");
  await box.waitFor();
  assert.match(await box.innerText(), /Something went wrong/);
  assert.equal(await box.count(), 1, "one box");
  await readable(page, "exception");
  assert.equal(await page.locator(".rural-story-root[data-live]").count(), 0, "controls that would not work stay hidden");
  assert.ok(errors.some((e) => /reading code is broken here/.test(e)), JSON.stringify(errors));
  await page.close();
  // A wasm that never arrives, or does not compile: the page as it is without JavaScript.
  for (const [kind, body] of [["missing", null], ["broken", Buffer.from("not wasm")]]) {
    const page = await newPage(browser);
    await page.route("**/rural-story_bg-*.wasm", (route) => (body ? route.fulfill({ status: 200, contentType: "application/wasm", body }) : route.fulfill({ status: 404, body: "" })));
    await page.goto(widget.origin + "/index.html");
    await page.waitForLoadState("networkidle");
    await readable(page, kind);
    assert.equal(await page.locator(".rural-story-root[data-live]").count(), 0, `${kind}: not live`);
    assert.equal(await page.locator("button").evaluateAll((b) => b.filter((e) => e.checkVisibility({ visibilityProperty: true })).length), 0, `${kind}: no dead buttons`);
    await page.close();
  }
});

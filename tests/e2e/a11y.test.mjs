// Readable by everyone: the prerendered page without JavaScript, axe-core's WCAG 2.2 AA
// checks, print, and the take-over of the prerendered page without layout shift.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { axe, newPage, open, serveAndLaunch } from "./harness.mjs";


const env = serveAndLaunch();

test("without JavaScript the page holds the whole story: text, key figures, every chart and its table", async () => {
  const page = await newPage(env.browser, { javaScriptEnabled: false });
  await page.goto(env.server.origin + "/index.html");
  assert.match(await page.locator("h1.headline").innerText(), /青岛西海岸新区实践/);
  assert.equal(await page.locator(".paragraph").count(), 18);
  // Each section is read once scrolled to, as a reader would (innerText reads only what
  // is rendered).
  for (const [section, sentence] of [["#s00", "自2018年4月起"], ["#s01", "投资额6.38亿元"], ["#s02", "典型观摩等1200余次"], ["#s03", "助农增收252.73万元"], ["#s03", "切实将节庆热度转化为振兴力度"]]) {
    await page.locator(section).scrollIntoViewIfNeeded();
    let shown = "";
    for (let tries = 0; tries < 50 && !shown.includes(sentence); tries++) {
      await page.waitForTimeout(100);
      shown = await page.locator(section).innerText();
    }
    assert.ok(shown.includes(sentence), `${section} shows "${sentence}" once scrolled to`);
  }
  assert.match(await page.locator(".key-figures").innerText(), /470名[\s\S]*6\.38亿元/);
  const charts = await page.locator("article > section figure.chart, article figure.chart").count();
  assert.equal(charts, 7);
  // Each chart with a log scale holds both drawings; one is shown.
  assert.equal(await page.locator("figure.chart .chart-svg svg").evaluateAll((s) => s.filter((e) => e.getBoundingClientRect().height > 0).length), 7);
  assert.equal(await page.locator("figure.chart .chart-data table").evaluateAll((t) => t.filter((e) => e.offsetHeight > 0).length), 7);
  const visibleButtons = await page.locator("button").evaluateAll((b) => b.filter((e) => e.offsetHeight > 0).length);
  assert.equal(visibleButtons, 0, "no controls that cannot work");
  await page.close();
});

test("the built pages name the original article as canonical, and the byline links to it", async () => {
  const story = JSON.parse(readFileSync(new URL("../../assets/story.json", import.meta.url), "utf8"));
  const url = story.meta.source_url;
  assert.match(url, /^https?:\/\//);
  for (const path of ["/index.html", "/chart-money.html"]) {
    const page = await newPage(env.browser, { javaScriptEnabled: false });
    await page.goto(env.server.origin + path);
    assert.deepEqual(await page.locator("link[rel=canonical]").evaluateAll((ls) => ls.map((l) => l.getAttribute("href"))), [url], path);
    await page.close();
  }
  const { page } = await open(env.browser, env.server.origin, "/index.html?lang=en");
  const link = page.locator(".byline .source a");
  assert.equal(await link.getAttribute("href"), url);
  assert.equal(await link.innerText(), story.meta.source.en);
  assert.equal(await link.getAttribute("target"), "_blank");
  await page.close();
});


for (const [path, scheme, width] of [
  ["/index.html?lang=zh", "light"],
  ["/index.html?lang=en", "light"],
  ["/index.html?lang=zh", "dark"],
  ["/index.html?lang=en", "dark"],
  ["/index.html?chart=money&lang=zh", "light"],
  ["/index.html?chart=farm-sales&lang=en", "dark"],
  // Phones, Lighthouse's mobile width among them: the article's sections are laid out only
  // near the screen, and the targets in them must not seem to overlap what follows.
  ["/index.html?lang=zh", "light", 412],
  ["/index.html?lang=en", "dark", 360],
  ["/index.html?lang=en", "light", 320],
  ["/index.html?lang=en", "light", 768],
]) {
  test(`axe finds no WCAG 2.2 AA violation: ${path} ${scheme}${width ? ` ${width} px` : ""}`, async () => {
    const viewport = width ? { width, height: 800 } : undefined;
    const page = await newPage(env.browser, { colorScheme: scheme, ...(viewport && { viewport }) });
    await page.goto(env.server.origin + path);
    await page.waitForSelector(".rural-story-root[data-live]");
    assert.deepEqual(await axe(page), []);
    // With a tooltip open and a table shown, too.
    await page.locator("figure.chart .mark:visible").first().hover();
    await page.locator("figure.chart .table-toggle").first().click();
    assert.deepEqual(await axe(page), []);
    await page.close();
  });
}

test("an article section or the repairs record not yet laid out reserves at least its real height, so nothing in it seems to overlap what follows", async () => {
  // The narrowest screen of each of the stylesheet's two widths, where sections are tallest.
  for (const width of [320, 768]) {
    for (const lang of ["zh", "en"]) {
      const page = await newPage(env.browser, { viewport: { width, height: 800 } });
      await page.goto(`${env.server.origin}/index.html?lang=${lang}`);
      await page.waitForSelector(".rural-story-root[data-live]");
      const parts = await page.evaluate(() => {
        const all = [...document.querySelectorAll(".story-section, .repairs")];
        // Far below the first screen, what each holds is not laid out yet.
        const skipped = all.map((s) => !s.firstElementChild.checkVisibility({ contentVisibilityAuto: true }));
        return all.map((s, i) => {
          const reserved = parseFloat(getComputedStyle(s).containIntrinsicBlockSize.replace("auto", ""));
          s.scrollIntoView();
          // The reserve is the content's height: padding and border come on top.
          const style = getComputedStyle(s);
          const frame = ["paddingTop", "paddingBottom", "borderTopWidth", "borderBottomWidth"].reduce((sum, p) => sum + parseFloat(style[p]), 0);
          return { id: s.id || s.className, skipped: skipped[i], reserved, real: s.getBoundingClientRect().height - frame };
        });
      });
      assert.equal(parts.at(-1).id, "repairs");
      assert.equal(parts.at(-1).skipped, true, `${lang} ${width} px: the repairs record is laid out before the reader nears it`);
      for (const { id, reserved, real } of parts) {
        assert.ok(real <= reserved, `${lang} ${width} px, ${id}: ${Math.round(real)} px tall, ${reserved} px reserved`);
      }
      await page.close();
    }
  }
});

test("charts are images with a label and a description in the page's language", async () => {
  const { page } = await open(env.browser, env.server.origin, "/index.html?lang=en");
  const chart = page.locator('figure.chart[data-chart="money"] .chart-svg:visible');
  assert.equal(await chart.getAttribute("role"), "img");
  assert.equal(await chart.getAttribute("aria-label"), "Money invested and earned");
  assert.equal(await page.title(), "The “Qingdao West Coast New Area Practice” of Rural Revitalization Work Teams");
  assert.match(await page.locator("meta[name=description]").getAttribute("content"), /Qingdao/);
  const description = await page.locator(`#${await chart.getAttribute("aria-describedby")}`).textContent();
  assert.match(description, /^The CNY 638 million of infrastructure investment/);
  assert.match(description, /infrastructure investment: CNY 638 million; funding secured: over CNY 30\.7 million/);
  const headings = await page.locator("h1, h2, h3").evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
  assert.equal(headings[0], 1);
  for (let i = 1; i < headings.length; i++) assert.ok(headings[i] - headings[i - 1] <= 1, `heading levels ${headings}`);
  assert.equal(await page.locator("main").count(), 1);
  await page.close();
});

test("print shows the story, its charts and tables and the repairs, without controls", async () => {
  const { page } = await open(env.browser, env.server.origin, "/index.html?lang=en");
  await page.emulateMedia({ media: "print" });
  const visible = (selector) => page.locator(selector).evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== "hidden").length);
  assert.equal(await visible("button"), 0);
  assert.equal(await visible("details.embed, .chart-tools, section.steps"), 0);
  assert.equal(await visible("figure.chart svg"), 7);
  assert.equal(await visible(".chart-data table"), 7);
  assert.ok((await visible(".repairs li")) >= 10, "the repairs are printed");
  assert.ok((await page.pdf()).length > 10000);
  await page.close();
});

test("the app takes over the prerendered page without layout shift", async () => {
  // The story on a desktop; a chart page on a phone, where the chart, its table and its
  // tools are all on the first screen.
  for (const [path, viewport] of [["/index.html", { width: 1280, height: 900 }], ["/en/chart-money.html", { width: 412, height: 823 }]]) {
    const page = await newPage(env.browser, { viewport });
    await page.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(env.server.origin + path);
    await page.waitForSelector(".rural-story-root[data-live]");
    await page.waitForTimeout(1500);
    const shift = await page.evaluate(() => window.__shift);
    console.log(`# cumulative layout shift during take-over of ${path}: ${shift.toFixed(4)}`);
    assert.ok(shift < 0.01, `${path}: layout shift ${shift}`);
    await page.close();
  }
});

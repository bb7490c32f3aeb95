// The site built for the second story (tests/stories/synthetic.json, a made-up article that
// uses every part of the schema): what a reader gets must come from that story alone, and
// work as the built-in one does. Run by `cargo xtask test second-story`, which builds it
// into DIST_DIR (not part of `node --test .`: the name does not end in .test.mjs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { axe, countRemovedElements, drawn, holdWasm, newPage, open, serveAndLaunch } from "./harness.mjs";

if (!process.env.DIST_DIR) throw new Error("DIST_DIR must name the second story's build: run `cargo xtask test second-story`");
const env = serveAndLaunch();

for (const path of ["/index.html", "/en/index.html", "/chart-produce.html", "/en/chart-growth.html"]) {
  test(`${path}: the second story's own page, live, with nothing of the built-in one`, async () => {
    const { page, foreign, errors } = await open(env.browser, env.server.origin, path);
    assert.deepEqual(foreign, []);
    assert.deepEqual(errors, []);
    const html = await page.content();
    assert.doesNotMatch(html, /青岛|Qingdao|韩加君|sdchina/, "nothing from the built-in story");
    assert.equal(await page.locator('meta[property="og:site_name"]').getAttribute("content"), path.startsWith("/en/") ? "Sample Daily" : "示例日报");
    assert.equal(await page.locator('meta[property="article:author"]').count(), 0, "an unsigned item names no author");
    assert.match(await page.title(), path.startsWith("/en/") ? /Model County/ : /示范县/);
    assert.deepEqual(await axe(page), []);
    await page.close();
  });
}

/**
 * A chart's legend rows as a reader reads them: scrolled to first, since the story page lays a
 * chart out only as it nears the screen (`content-visibility: auto`), and text that is not laid
 * out has no rendered text.
 */
async function legendRows(figure) {
  await figure.scrollIntoViewIfNeeded();
  await drawn(figure.page());
  // The browser finds the chart near the screen a frame or more after the scroll (more on a
  // busy page, as after the hovers below): until then its text is not rendered.
  await figure.page().waitForFunction(
    (f) => [...f.querySelectorAll(".chart-legend li")].every((li) => li.innerText !== ""),
    await figure.elementHandle(),
    { timeout: 5000 },
  );
  return figure.locator(".chart-legend li").allInnerTexts();
}

test("every bar answers a hover with its own label, and the units read as the story gives them", async () => {
  const { page } = await open(env.browser, env.server.origin, "/index.html");
  for (const id of ["produce", "land", "money", "growth", "cold-chain", "changes", "income"]) {
    const figure = page.locator(`figure.chart[data-chart="${id}"]`);
    const marks = figure.locator(".mark:visible");
    const count = await marks.count();
    assert.ok(count >= 3, `${id}: ${count} bars`);
    for (let i = 0; i < count; i++) {
      await marks.nth(i).hover();
      const label = await marks.nth(i).getAttribute("data-label");
      assert.equal(await figure.locator(".chart-tip:visible .chart-tip-label").innerText(), label, `${id} bar ${i}`);
    }
  }
  // 担 drawn on the 斤 axis, said in the caption; ranks and multiples as text.
  const produce = await page.locator('figure.chart[data-chart="produce"] .chart-svg:visible').innerHTML();
  assert.match(produce, /1担 = 100斤/);
  const keys = await page.locator(".key-figures").innerText();
  assert.match(keys, /第1位/);
  const growth = page.locator('figure.chart[data-chart="growth"]');
  assert.match(await growth.locator(".chart-svg:visible").innerHTML(), /单位：倍（基数 = 1）/);
  assert.deepEqual(await legendRows(growth), ["▶ 实际数值不低于所示数值（以上）"]);
  const money = page.locator('figure.chart[data-chart="money"]');
  assert.deepEqual(await legendRows(money), [
    "◁ 实际数值低于或不超过所示数值（近、以下）",
    "◇ 实际数值约为所示数值（左右）",
  ]);
  await money.locator(".table-toggle").click();
  assert.match(await money.locator(".chart-data table").innerText(), /1\.2亿元左右/);
  // A range and "several" are spans; the round numbers and the fraction read as written.
  const coldChain = page.locator('figure.chart[data-chart="cold-chain"]');
  assert.deepEqual(await legendRows(coldChain), [
    "◇ 实际数值约为所示数值（上）",
    "▭ 空心部分：实际数值可能落在的范围（三至五千、数百）",
  ]);
  const saving = coldChain.locator('.mark:visible[data-figure="transport-saving"]');
  await saving.hover({ position: { x: (await saving.boundingBox()).width - 4, y: 8 } });
  assert.equal(await coldChain.locator(".chart-tip:visible .chart-tip-value").innerText(), "3000至5000元", "the open end of the span answers too (no grouping in Chinese text)");
  await coldChain.locator(".table-toggle").click();
  const coldTable = await coldChain.locator(".chart-data table").innerText();
  for (const written of ["三分之一", "上千名", "数百家"]) assert.ok(coldTable.includes(written), `${written} in ${coldTable}`);
  await page.close();
});

test("in English: the rank is a place, the conversion is named, qualifiers keep their meaning", async () => {
  const { page } = await open(env.browser, env.server.origin, "/en/index.html");
  assert.match(await page.locator(".key-figures").innerText(), /1st place/);
  const produce = page.locator('figure.chart[data-chart="produce"]');
  assert.match(await produce.locator(".chart-svg:visible").innerHTML(), /1 dan = 100 jin/);
  await produce.locator(".table-toggle").click();
  const table = await produce.locator(".chart-data table").innerText();
  assert.match(table, /less than 8,000 tonnes/);
  assert.match(table, /150,000 dan/);
  const coldChain = page.locator('figure.chart[data-chart="cold-chain"]');
  await coldChain.locator(".table-toggle").click();
  const coldTable = await coldChain.locator(".chart-data table").innerText();
  for (const written of ["CNY 3,000–5,000", "one third of households", "about 1,000 people", "hundreds of traders"]) {
    assert.ok(coldTable.includes(written), `${written} in ${coldTable}`);
  }
  await page.close();
});

// Each kind of number as its sentence means it: percentage points, a decrease, an increase by
// N times, doublings, a colon ratio, a change against a base, a per-head amount in plain 元.
const kinds = {
  "/index.html": {
    text: { "oil-change": "同比下降4.7%", "urbanisation-change": "比上年提高1.5个百分点", "income-ratio": "2.3：1（农村居民 = 1）" },
    tip: "同比下降4.7%",
    bars: { changes: ["−4.7%", "+1.5", "+2.1万", "单位：个百分点"], income: ["21536", "增长1.3倍", "翻两番", "2.3：1", "比值（农村居民 = 1）", "单位：倍（基数 = 1）"] },
    tables: {
      changes: ["比上年增加2.1万亩", "同比下降4.7%", "比上年提高1.5个百分点"],
      income: ["21536元", "比2013年增长1.3倍", "翻两番", "2.9：1（农村居民 = 1）"],
    },
    never: /单位：：1|1\.2443万|1\.5%/,
  },
  "/en/index.html": {
    text: { "oil-change": "down 4.7% year on year", "urbanisation-change": "up 1.5 percentage points on the previous year", "income-ratio": "2.3:1 (rural = 1)" },
    tip: "down 4.7% year on year",
    bars: { changes: ["−4.7%", "+1.5 pts", "+21,000", "in percentage points"], income: ["21,536", "+130%", "×4", "2.3:1", "ratio (rural = 1)"] },
    tables: {
      changes: ["up 21,000 mu on the previous year", "down 4.7% year on year", "up 1.5 percentage points on the previous year"],
      income: ["CNY 21,536", "up 130% on 2013", "quadrupled (×4)", "2.9:1 (rural = 1)"],
    },
    never: /1\.5%|1\.3 times|：1/,
  },
};

for (const [path, want] of Object.entries(kinds)) {
  test(`${path}: points, decreases, multiples, ratios and bases read as their sentences mean`, async () => {
    const { page } = await open(env.browser, env.server.origin, path);
    for (const [id, value] of Object.entries(want.text)) {
      const tip = await page.locator(`.figure-ref[data-figure="${id}"] .figure-tip`).first().textContent();
      assert.ok(tip.includes(value), `text ${id}: ${tip}`);
    }
    for (const [id, labels] of Object.entries(want.bars)) {
      const figure = page.locator(`figure.chart[data-chart="${id}"]`);
      await figure.scrollIntoViewIfNeeded();
      const svg = await figure.locator(".chart-svg:visible").innerHTML();
      for (const label of labels) assert.ok(svg.includes(label), `${id}: ${label} in the drawing`);
      assert.doesNotMatch(svg, want.never);
      await figure.locator(".table-toggle").click();
      const table = await figure.locator(".chart-data table").innerText();
      for (const text of want.tables[id]) assert.ok(table.includes(text), `${id}: ${text} in ${table}`);
      assert.doesNotMatch(table, want.never);
    }
    const changes = page.locator('figure.chart[data-chart="changes"]');
    await changes.locator(".table-toggle").click();
    await changes.locator('.mark:visible[data-figure="oil-change"]').hover();
    assert.equal(await changes.locator(".chart-tip:visible .chart-tip-value").innerText(), want.tip);
    await page.close();
  });
}

test("without JavaScript, every chart of the second story is a table and no control shows", async () => {
  const page = await newPage(env.browser, { javaScriptEnabled: false });
  await page.goto(env.server.origin + "/en/index.html");
  const charts = await page.locator("figure.chart").count();
  assert.equal(charts, 7);
  assert.equal(await page.locator("figure.chart .chart-data table").evaluateAll((t) => t.filter((e) => e.offsetHeight > 0).length), charts);
  assert.equal(await page.locator("button").evaluateAll((b) => b.filter((e) => e.offsetHeight > 0).length), 0);
  await page.close();
});

test("before its wasm, the second story's bars answer a hover from CSS, and start-up keeps the page", async () => {
  const page = await newPage(env.browser, { viewport: { width: 390, height: 844 } });
  const release = await holdWasm(page);
  await countRemovedElements(page);
  await page.goto(env.server.origin + "/chart-cold-chain.html", { waitUntil: "domcontentloaded" });
  const marks = page.locator(".mark:visible");
  assert.equal(await marks.count(), 4);
  for (let i = 0; i < 4; i++) {
    await marks.nth(i).hover();
    const shown = await marks.nth(i).evaluate((m) => getComputedStyle(m, "::after").content);
    assert.ok(shown.includes(await marks.nth(i).getAttribute("data-value")), `bar ${i}: ${shown}`);
  }
  release();
  await page.waitForSelector(".rural-story-root[data-live]");
  assert.ok((await page.evaluate(() => window.__removed)) <= 20, "start-up removes at most 20 elements");
  await page.close();
});

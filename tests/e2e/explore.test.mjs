// What a reader does with the release build: hover, tab, read tables, download, follow
// figures between text and charts, switch language and theme, read on a narrow phone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { countRemovedElements, drawn, holdWasm, launch, newPage, open, serveAndLaunch } from "./harness.mjs";

const env = serveAndLaunch();

const chart = (id) => `figure.chart[data-chart="${id}"]`;

test("hovering a bar shows its value and the sentence it comes from", async () => {
  const { page, foreign, errors } = await open(env.browser, env.server.origin);
  const mark = page.locator(`${chart("projects")} .mark[data-figure="infra-projects"]:visible`);
  await mark.hover();
  // The target lies on its drawing, whatever the column's width.
  const [target, drawing] = await Promise.all([mark.boundingBox(), page.locator(`${chart("projects")} .chart-svg:visible svg`).boundingBox()]);
  assert.ok(target.x >= drawing.x - 1 && target.x + target.width <= drawing.x + drawing.width + 1, `target ${JSON.stringify(target)} outside drawing ${JSON.stringify(drawing)}`);
  const tip = page.locator(`${chart("projects")} .chart-plot:visible .chart-tip`);
  await tip.waitFor({ state: "visible" });
  const text = await tip.innerText();
  assert.match(text, /基础设施工程/);
  // Chinese text is never grouped: the figure as the article writes it.
  assert.equal(await tip.locator(".chart-tip-value").innerText(), "1070余项");
  assert.match(text, /落地一事一议、帮扶援建等基础设施工程1070余项/);
  // The tooltip stays while the pointer moves onto it (WCAG 1.4.13).
  await tip.hover();
  assert.ok(await tip.isVisible());
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a bar at the foot of the screen opens its tooltip above it, where it can be read and reached", async () => {
  const { page } = await open(env.browser, env.server.origin, "/", { width: 1280, height: 900 });
  const mark = page.locator(`${chart("projects")} .mark[data-figure="infra-projects"]:visible`);
  await mark.evaluate((el) => el.scrollIntoView({ block: "end" }));
  await drawn(page);
  await mark.hover();
  const tip = page.locator(`${chart("projects")} .chart-plot:visible .chart-tip`);
  await tip.waitFor({ state: "visible" });
  const [bar, box] = [await mark.boundingBox(), await tip.boundingBox()];
  assert.ok(bar.y + bar.height > 900 - box.height, `the bar ${JSON.stringify(bar)} leaves no room below`);
  assert.ok(box.y >= 0 && box.y + box.height <= bar.y + 1, `tooltip ${JSON.stringify(box)} above the bar ${JSON.stringify(bar)}`);
  // All of it shows: nothing around the chart clips its top, where the label is.
  const topShows = await tip.evaluate((t) => {
    const r = t.getBoundingClientRect();
    return t.contains(document.elementFromPoint(r.left + 8, r.top + 4));
  });
  assert.ok(topShows, "the tooltip's top shows");
  await tip.hover();
  assert.ok(await tip.isVisible());
  // Back in the middle of the screen, the same bar's tooltip opens below it again.
  await page.mouse.move(0, 0);
  await mark.evaluate((el) => el.scrollIntoView({ block: "center" }));
  await mark.hover();
  const [barAgain, boxAgain] = [await mark.boundingBox(), await tip.boundingBox()];
  assert.ok(boxAgain.y >= barAgain.y + barAgain.height - 1, `tooltip ${JSON.stringify(boxAgain)} below the bar ${JSON.stringify(barAgain)}`);
  await page.close();
});

test("a tooltip running past its chart shows whole, over the chart or section after it", async () => {
  const { page } = await open(env.browser, env.server.origin, "/", { width: 1280, height: 900 });
  const charts = await page.evaluate(() => [...document.querySelectorAll(".story-section figure.chart")].map((c) => c.dataset.chart));
  assert.ok(charts.length >= 5, `${charts.length} charts in the article`);
  for (const id of charts) {
    // The last bar, in the middle of the screen: its tooltip opens below it, past the chart.
    const mark = page.locator(`${chart(id)} .mark:visible`).last();
    await mark.evaluate((el) => el.scrollIntoView({ block: "center" }));
    await drawn(page);
    await mark.hover();
    const tip = page.locator(`${chart(id)} .chart-plot:visible .chart-tip`);
    await tip.waitFor({ state: "visible" });
    const hidden = await tip.evaluate((t) => {
      const r = t.getBoundingClientRect();
      return [[r.left + 8, r.bottom - 4], [r.right - 8, r.bottom - 4], [r.left + 8, r.top + 4]]
        .filter(([x, y]) => !t.contains(document.elementFromPoint(x, y)))
        .map(([x, y]) => `${Math.round(x)},${Math.round(y)}: ${document.elementFromPoint(x, y)?.className}`);
    });
    assert.deepEqual(hidden, [], `${id}: covered at`);
    await page.mouse.move(0, 0);
  }
  await page.close();
});

test("a tooltip and a table draw text only in sizes and weights their chart and the article already show", async () => {
  // A size or weight new to the page makes the browser set up that font size and measure its
  // glyphs when the tooltip or the table first opens: most of that interaction's layout.
  const { page } = await open(env.browser, env.server.origin, "/", { width: 1280, height: 900 });
  const fonts = (scope, exclude) =>
    scope.evaluate((root, exclude) => {
      const seen = new Set();
      for (const el of [root, ...root.querySelectorAll("*")]) {
        if (exclude && el.closest(exclude)) continue;
        if (!el.checkVisibility() || ![...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) continue;
        const style = getComputedStyle(el);
        seen.add(`${style.fontSize} ${style.fontWeight} ${style.fontFamily}`);
      }
      return [...seen];
    }, exclude);
  const figure = page.locator(chart("money"));
  await figure.scrollIntoViewIfNeeded();
  await drawn(page);
  const shown = new Set([...(await fonts(figure, ".chart-tip, .chart-data")), ...(await fonts(page.locator("article.story .story-section").first()))]);
  await figure.locator(".mark:visible").first().hover();
  await figure.locator(".chart-plot:visible .chart-tip").waitFor({ state: "visible" });
  const tip = await fonts(figure.locator(".chart-plot:visible .chart-tip"));
  await page.mouse.move(0, 0);
  await figure.locator(".table-toggle").click();
  const table = await fonts(figure.locator(".chart-data table.data-table"));
  for (const font of [...tip, ...table]) assert.ok(shown.has(font), `${font} is new to the page; it shows ${[...shown].join(" | ")}`);
  assert.ok(tip.length >= 2 && table.length >= 2, `tooltip ${tip.join(" | ")}; table ${table.join(" | ")}`);
  await page.close();
});

test("Tab reaches the marks, arrows move between them and Escape closes the tooltip", async () => {
  const { page } = await open(env.browser, env.server.origin, "/?lang=en");
  await page.locator(`${chart("projects")} .table-toggle`).focus();
  let reached = null;
  for (let i = 0; i < 10 && !reached; i++) {
    await page.keyboard.press("Tab");
    reached = await page.evaluate(() => document.activeElement?.classList.contains("mark") ? document.activeElement.dataset.figure : null);
  }
  assert.equal(reached, "infra-projects");
  const tip = page.locator(`${chart("projects")} .chart-plot:visible .chart-tip`);
  assert.match(await tip.innerText(), /1,070\+ projects/);
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, "none", "focus is visible");
  await page.keyboard.press("ArrowDown");
  assert.equal(await page.evaluate(() => document.activeElement.dataset.figure), "signed-projects");
  assert.match(await tip.innerText(), /600\+ projects/);
  await page.keyboard.press("Escape");
  assert.equal(await tip.isVisible(), false);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.figure), "signed-projects");
  await page.close();
});

test("the table shows the same numbers as the chart", async () => {
  const { page } = await open(env.browser, env.server.origin);
  const figure = page.locator(chart("money"));
  const fromChart = await figure.locator(".mark:visible").evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));
  assert.ok(fromChart.length >= 6);
  await figure.locator(".table-toggle").click();
  const table = figure.locator(".chart-data table.data-table");
  await table.waitFor();
  assert.equal(await figure.locator(".chart-body").isVisible(), false, "the table instead of the chart");
  assert.ok((await table.locator("caption").innerText()).length > 0);
  assert.equal(await table.locator("thead th[scope=col]").count(), 2);
  const fromTable = await table.locator("tbody tr").evaluateAll((rows) =>
    rows.map((r) => `${r.querySelector("th").textContent}: ${r.querySelector("td").textContent}`));
  assert.deepEqual(fromTable, fromChart);
  assert.ok(fromTable.includes("基础设施工程投资额: 6.38亿元"), fromTable.join(" | "));
  // The legend names the marks this chart uses, with the article's words for them.
  const legend = await figure.locator(".chart-legend li").allInnerTexts();
  assert.deepEqual(legend, ["▶ 实际数值不低于所示数值（余、超过、超）"], legend.join(" | "));
  await figure.locator(".table-toggle").click();
  await figure.locator(".chart-svg:visible svg").waitFor();
  assert.equal(await table.isVisible(), false);
  await page.close();
});

test("the CSV download holds a BOM, raw values, units and qualifiers", async () => {
  const { page } = await open(env.browser, env.server.origin, "/?lang=en");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator(`${chart("money")} .download-csv`).click(),
  ]);
  assert.equal(download.suggestedFilename(), "qingdao-west-coast-rural-teams-money.csv");
  const stream = await download.createReadStream();
  const chunks = [];
  for await (const c of stream) chunks.push(c);
  const bytes = Buffer.concat(chunks);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], "UTF-8 BOM");
  const lines = bytes.toString("utf8").slice(1).trim().split("\r\n");
  assert.equal(lines[0], "id,label,value,upper end of range,unit,qualifier,change,compared with,source sentence (Chinese)");
  assert.ok(lines.some((l) => l.startsWith("infra-investment,infrastructure investment,638000000,,CNY,,")), lines.join("\n"));
  assert.ok(lines.some((l) => l.startsWith("tax-revenue,") && l.includes(",40000000,,CNY,more than,")));
  const [svg] = await Promise.all([
    page.waitForEvent("download"),
    page.locator(`${chart("money")} .download-svg:visible`).click(),
  ]);
  assert.equal(svg.suggestedFilename(), "qingdao-west-coast-rural-teams-money.svg");
  await page.close();
});

test("a figure in the text and its mark highlight each other; a mark leads to its sentence", async () => {
  const { page } = await open(env.browser, env.server.origin);
  const ref = page.locator('.figure-ref[data-figure="infra-investment"]');
  const mark = page.locator(`${chart("money")} .mark[data-figure="infra-investment"]:visible`);
  await ref.hover();
  assert.match(await mark.getAttribute("class"), /highlighted/);
  assert.match(await ref.locator(".figure-tip").innerText(), /6\.38亿元/);
  await page.mouse.move(0, 0);
  assert.doesNotMatch(await mark.getAttribute("class"), /highlighted/);
  await mark.hover();
  assert.match(await ref.getAttribute("class"), /highlighted/);
  await mark.click();
  await page.waitForFunction(() => document.activeElement?.dataset.figure === "infra-investment" && document.activeElement.classList.contains("figure-ref"));
  // The sentence scrolls into view (smoothly, so wait for it to arrive).
  await page.waitForFunction(() => {
    const r = document.querySelector('.figure-ref[data-figure="infra-investment"]').getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  });
  // A figure without a chart still explains itself in the text.
  const lone = page.locator('.figure-ref[data-figure="land-transferred"]');
  await lone.focus();
  assert.match(await lone.locator(".figure-tip").innerText(), /4\.35万亩/);
  await page.keyboard.press("Escape");
  assert.equal(await lone.locator(".figure-tip").isVisible(), false);
  await page.close();
});

test("a link to a chart opens at that chart", async () => {
  const { page } = await open(env.browser, env.server.origin, "/#chart-farm-sales");
  await page.waitForFunction(() => {
    const r = document.querySelector("#chart-farm-sales").getBoundingClientRect();
    return r.top >= -2 && r.top < innerHeight / 2;
  });
  await page.close();
});

test("dark theme by URL and by system setting", async () => {
  const { page } = await open(env.browser, env.server.origin, "/?theme=dark");
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark");
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, "rgb(18, 20, 22)");
  // One drawing for both themes: the stylesheet recolours it.
  const barFill = (p) => p.locator(`${chart("projects")} svg rect[fill="#005A9C"]`).first().evaluate((r) => getComputedStyle(r).fill);
  assert.equal(await barFill(page), "rgb(86, 180, 233)");
  await page.close();
  const system = await newPage(env.browser, { colorScheme: "dark" });
  await system.goto(env.server.origin + "/");
  await system.waitForSelector(".rural-story-root[data-live]");
  assert.equal(await system.evaluate(() => getComputedStyle(document.body).backgroundColor), "rgb(18, 20, 22)");
  assert.equal(await barFill(system), "rgb(86, 180, 233)");
  await system.goto(env.server.origin + "/?theme=light");
  await system.waitForSelector(".rural-story-root[data-live]");
  assert.equal(await system.evaluate(() => document.documentElement.dataset.theme), "light");
  assert.equal(await system.evaluate(() => getComputedStyle(document.querySelector(".rural-story-root")).backgroundColor), "rgb(255, 255, 255)");
  assert.equal(await barFill(system), "rgb(0, 90, 156)");
  await system.close();
});

test("at 320 px nothing scrolls sideways and charts fit", async () => {
  const { page } = await open(env.browser, env.server.origin, "/?lang=en", { width: 320, height: 640 });
  const { scroll, client, widest } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
    widest: Math.max(...[...document.querySelectorAll("figure.chart svg")].map((s) => s.getBoundingClientRect().right)),
  }));
  assert.ok(scroll <= client, `scrollWidth ${scroll} > clientWidth ${client}`);
  assert.ok(widest <= client, `a chart reaches ${widest}px`);
  const viewBox = await page.locator(`${chart("projects")} .chart-svg:visible svg`).getAttribute("viewBox");
  const drawnWidth = Number(viewBox.split(" ")[2]);
  assert.ok(drawnWidth < 320, `drawn for its container, not 560 px: ${viewBox}`);
  // No chart text smaller than 11 CSS px as shown, in any chart or tour view, before and
  // without the wasm too (the drawings are the prerendered ones).
  const smallest = await page.evaluate(() => Math.min(...[...document.querySelectorAll(".chart-svg svg")]
    .filter((svg) => svg.getBoundingClientRect().width > 0)
    .flatMap((svg) => [...svg.querySelectorAll("text")].map((t) => t.getBoundingClientRect().height > 0 ? parseFloat(getComputedStyle(t).fontSize) * svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : Infinity))));
  assert.ok(smallest >= 11, `chart text shown at ${smallest.toFixed(2)} px`);
  await page.close();
});

test("Chinese by default, English by URL and by the switch, remembered", async () => {
  const { page } = await open(env.browser, env.server.origin);
  assert.equal(await page.evaluate(() => document.documentElement.lang), "zh-CN");
  assert.match(await page.locator("h1.headline").innerText(), /青岛西海岸新区实践/);
  // Each language is a page of its own, and the switch keeps the reader's place.
  await page.locator("#s02-p3").evaluate((p) => window.scrollTo(0, scrollY + p.getBoundingClientRect().top));
  await Promise.all([page.waitForURL(/\/en\/index\.html#s02-p3$/), page.locator("a.lang-switch").evaluate((a) => a.click())]);
  await page.waitForFunction(() => Math.abs(document.querySelector("#s02-p3").getBoundingClientRect().top) < 40);
  await page.goto(env.server.origin + "/en/index.html");
  await page.waitForSelector(".rural-story-root[data-live]");
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
  assert.match(await page.locator("h1.headline").innerText(), /Qingdao West Coast/);
  assert.match(await page.locator(".key-figures").innerText(), /CNY 638 million/);
  assert.equal(await page.locator('link[rel=alternate][hreflang="zh-CN"]').evaluate((l) => l.href), `${env.server.origin}/index.html`);
  assert.equal(await page.locator("a.lang-switch").evaluate((a) => a.href), `${env.server.origin}/index.html`);
  await page.reload();
  await page.waitForSelector(".rural-story-root[data-live]");
  assert.match(await page.locator("h1.headline").innerText(), /Qingdao West Coast/, "kept on reload");
  await page.goto(env.server.origin + "/");
  await page.waitForSelector(".rural-story-root[data-live]");
  assert.match(await page.locator("h1.headline").innerText(), /Qingdao West Coast/, "remembered");
  await page.goto(env.server.origin + "/?lang=zh");
  await page.waitForSelector(".rural-story-root[data-live]");
  assert.match(await page.locator("h1.headline").innerText(), /青岛西海岸新区实践/, "URL wins");
  await page.close();
});

test("a deep link opens its step; previous and next walk the tour; marks animate unless reduced motion", async () => {
  const { page } = await open(env.browser, env.server.origin, "/#step-investment");
  const steps = page.locator("section.steps");
  await page.waitForFunction(() => document.querySelector(".step.current")?.id === "step-investment");
  assert.match(await steps.locator(".steps-progress").innerText(), /第 5 步，共 7 步/);
  assert.equal(await steps.locator(".step-view.current .chart-title").innerText(), "工作队带来的资金与收入");
  const view = steps.locator(".step-view.current");
  assert.equal(await steps.locator(".step-view:visible").count(), 1, "one step's chart is shown");
  const emphasized = await view.locator(".mark.emphasized:visible").evaluateAll((els) => els.map((e) => e.dataset.figure));
  assert.deepEqual(emphasized, ["infra-investment"]);
  assert.ok((await view.locator(".mark.dimmed:visible").count()) >= 5);
  const stepInView = await page.locator("#step-investment").evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= -2 && r.top < innerHeight;
  });
  assert.ok(stepInView, "the linked step is in view");
  const duration = await view.locator(".mark:visible").first().evaluate((el) => getComputedStyle(el).transitionDuration);
  assert.equal(duration, "0.45s");

  await steps.locator(".step-next").click();
  await page.waitForFunction(() => document.querySelector(".step.current")?.id === "step-smaller-sums");
  assert.equal(new URL(page.url()).hash, "#step-smaller-sums");
  assert.match(await steps.locator(".step-view.current .chart-svg:visible svg").innerHTML(), /1亿/, "this step draws a log scale");
  await steps.locator(".step-prev").click();
  await page.waitForFunction(() => document.querySelector(".step.current")?.id === "step-investment");
  await page.close();

  const calm = await newPage(env.browser, { reducedMotion: "reduce" });
  await calm.goto(env.server.origin + "/#step-farm-sales");
  await calm.waitForSelector(".rural-story-root[data-live] section.steps .step-view.current .mark:visible");
  assert.equal(await calm.evaluate(() => document.querySelector(".step.current")?.id), "step-farm-sales");
  assert.equal(await calm.locator("section.steps .step-view.current .mark:visible").first().evaluate((el) => getComputedStyle(el).transitionDuration), "0s");
  assert.equal(await calm.locator("section.steps .step-next").isDisabled(), true, "the last step has no next");
  await calm.close();
});

test("on a phone the tour shows the chart above the current step only", async () => {
  const { page } = await open(env.browser, env.server.origin, "/?lang=en", { width: 360, height: 740 });
  const visible = await page.locator("section.steps .step").evaluateAll((els) => els.filter((e) => e.offsetHeight > 0).length);
  assert.equal(visible, 1);
  await page.locator("section.steps .step-next").click();
  assert.equal(await page.evaluate(() => document.querySelector(".step.current").id), "step-teams-today");
  assert.match(await page.locator("section.steps .steps-progress").innerText(), /Step 2 of 7/);
  await page.close();
});

test("on a phone the first screen holds a chart to explore: the tour comes before the key figures", async () => {
  // Where each part starts, and where the first bar a reader can point at ends.
  const layout = (page) =>
    page.evaluate(() => {
      const top = (selector) => document.querySelector(selector).getBoundingClientRect().top;
      const bar = [...document.querySelectorAll(".rural-story-root .mark")]
        .filter((m) => m.checkVisibility({ visibilityProperty: true }))
        .map((m) => m.getBoundingClientRect())
        .find((r) => r.height > 0);
      return { tour: top("section.steps"), keys: top(".key-figures"), bar: bar?.bottom };
    });
  for (const path of ["/", "/?lang=en"]) {
    const { page } = await open(env.browser, env.server.origin, path, { width: 360, height: 740 });
    const { tour, keys, bar } = await layout(page);
    assert.ok(bar <= 740, `${path}: the first bar ends at ${bar} px, below a 740 px screen`);
    assert.ok(tour < keys, `${path}: the tour starts at ${tour} px, after the key figures at ${keys} px`);
    // The order changes on screen only: nothing in the key figures takes focus.
    assert.equal(await page.locator(".key-figures :is(a, button, input, select, textarea, [tabindex])").count(), 0);
    await page.close();
  }
  const { page } = await open(env.browser, env.server.origin, "/", { width: 1280, height: 900 });
  const { tour, keys } = await layout(page);
  assert.ok(keys < tour, `wide: the key figures start at ${keys} px, after the tour at ${tour} px`);
  await page.close();
});

test("copy link puts a link to the chart on the clipboard", async () => {
  const page = await newPage(env.browser, { permissions: ["clipboard-read", "clipboard-write"] });
  await page.goto(env.server.origin + "/?lang=en");
  await page.waitForSelector(".rural-story-root[data-live]");
  await page.locator(`${chart("people-reached")} .copy-link`).click();
  await page.locator(`${chart("people-reached")} .copy-status`).filter({ hasText: "Link copied" }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, `${env.server.origin}/en/index.html#chart-people-reached`);
  await page.close();
});

test("start-up keeps the page it was given: nothing rebuilt, and scroll, selection, open details and focus survive", async () => {
  for (const [path, scrollTo] of [["/index.html", 1500], ["/en/chart-money.html", 0]]) {
    const page = await newPage(env.browser, { viewport: { width: 800, height: 600 } });
    // The wasm is held back until the page is as a reader left it.
    const release = await holdWasm(page);
    await countRemovedElements(page);
    await page.goto(env.server.origin + path, { waitUntil: "domcontentloaded" });
    const selection = await page.evaluate((scrollTo) => {
      window.scrollTo(0, scrollTo);
      const details = document.querySelector("details.embed");
      details.open = true;
      const focused = document.querySelector(".figure-ref") || document.querySelector(".chart-takeaway");
      focused.tabIndex = focused.tabIndex < 0 ? 0 : focused.tabIndex;
      focused.dataset.focusedBefore = "";
      focused.focus();
      const text = document.querySelector(".paragraph, .chart-takeaway");
      getSelection().selectAllChildren(text);
      return String(getSelection());
    }, scrollTo);
    // Where the reader is once the browser has drawn what they scrolled to: charts coming
    // near the screen are laid out then, and scroll anchoring keeps the view in place.
    await drawn(page);
    const before = { y: await page.evaluate(() => scrollY), selection };
    assert.ok(before.selection.length > 10, `${path}: something selected`);
    release();
    await page.waitForSelector(".rural-story-root[data-live]");
    const after = await page.evaluate(() => ({
      removed: window.__removed,
      y: scrollY,
      selection: String(getSelection()),
      open: document.querySelector("details.embed").open,
      focused: document.activeElement?.hasAttribute("data-focused-before"),
    }));
    assert.ok(after.removed <= 20, `${path}: start-up removed ${after.removed} elements`);
    assert.equal(after.y, before.y, `${path}: scroll position`);
    assert.equal(after.selection, before.selection, `${path}: selection`);
    assert.equal(after.open, true, `${path}: open details`);
    assert.equal(after.focused, true, `${path}: focus`);
    await page.close();
  }
});

test("the page's icon is a small raster image: loading the page builds no SVG document on its main thread", async () => {
  // A browser of its own: tracing records the whole browser, and pages other tests left
  // behind would count. So would the browser's own WebUI renderer, which builds SVG documents
  // for its icons at times of its choosing: only page renderers are counted.
  const browser = await launch();
  try {
    for (const path of ["/index.html", "/en/chart-money.html"]) {
      const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
      // The browser fetches and decodes a page's icon in the page's renderer once it has
      // loaded: an SVG icon is a document of its own there (20–25 ms at 4× CPU, as the reader
      // starts to point and tap), a PNG one a small decode.
      await browser.browser.startTracing(page, { categories: ["blink"] });
      await page.goto(env.server.origin + path, { waitUntil: "load" });
      await page.waitForTimeout(1000);
      const trace = JSON.parse((await browser.browser.stopTracing()).toString());
      const pageRenderers = new Set(
        trace.traceEvents.filter((e) => e.name === "process_name" && e.args.name === "Renderer").map((e) => e.pid),
      );
      const svgDocuments = trace.traceEvents.filter(
        (e) => pageRenderers.has(e.pid) && e.name.startsWith("IsolatedSVGDocumentHost::IsolatedSVGDocumentHost"),
      );
      assert.equal(svgDocuments.length, 0, `${path}: an SVG document was built while the page loaded`);
      // The icon is there and draws at the sizes browsers ask for (up to 64 px).
      const size = await page.evaluate(async () => {
        const icons = [...document.querySelectorAll("link[rel=icon]")];
        const image = new Image();
        image.src = icons[0].href;
        await image.decode();
        return { icons: icons.length, type: icons[0].href.slice(0, 14), width: image.naturalWidth, height: image.naturalHeight };
      });
      assert.deepEqual(size, { icons: 1, type: "data:image/png", width: 64, height: 64 }, path);
      await page.close();
    }
  } finally {
    await browser.close();
  }
});

test("before the wasm, each bar answers hover and focus from CSS, on its bar; once live, the app's tooltip takes over", async () => {
  for (const [path, viewport] of [["/index.html", { width: 1280, height: 900 }], ["/en/chart-money.html", { width: 360, height: 740 }]]) {
    const page = await newPage(env.browser, { viewport });
    const release = await holdWasm(page);
    // Every stylesheet applies: the browser refuses one with a stale integrity digest.
    await page.addInitScript(() => {
      window.__sheets = { loaded: [], refused: [] };
      for (const [kind, list] of [["load", "loaded"], ["error", "refused"]]) {
        document.addEventListener(kind, (e) => e.target.rel === "stylesheet" && window.__sheets[list].push(e.target.href), true);
      }
    });
    await page.goto(env.server.origin + path, { waitUntil: "domcontentloaded" });
    const settled = () => {
      const { loaded, refused } = window.__sheets;
      const links = [...document.querySelectorAll('link[rel="stylesheet"]')];
      return links.every((l) => loaded.includes(l.href) || refused.includes(l.href)) && refused;
    };
    assert.deepEqual(await (await page.waitForFunction(settled)).jsonValue(), [], `${path}: stylesheets refused`);
    const mark = page.locator(".mark:visible").first();
    const [label, value] = [await mark.getAttribute("data-label"), await mark.getAttribute("data-value")];
    // The target lies on its bar's row, inside the drawing.
    const onItsRow = await mark.evaluate((m) => {
      const r = m.getBoundingClientRect();
      const svg = m.closest(".chart-plot").querySelector("svg:not([hidden])").getBoundingClientRect();
      return r.width > svg.width * 0.8 && r.height > 10 && r.top >= svg.top && r.bottom <= svg.bottom + 1;
    });
    assert.ok(onItsRow, `${path}: the first target is placed on its row`);
    const tipText = () => mark.evaluate((m) => getComputedStyle(m, "::after").content);
    assert.equal(await tipText(), "none", "no tooltip before a hover");
    await mark.hover();
    const shown = await tipText();
    assert.ok(shown.includes(label) && shown.includes(value), `${path}: hover shows "${shown}"`);
    // In a font its chart's labels are drawn in: a size or weight new to the page would make
    // the browser set that font up on this first hover.
    const [tipFont, chartFonts] = await mark.evaluate((m) => {
      const font = (style) => `${style.fontSize} ${style.fontWeight} ${style.fontFamily}`;
      const svg = m.closest(".chart-plot").querySelector("svg:not([hidden])");
      return [font(getComputedStyle(m, "::after")), [...new Set([...svg.querySelectorAll("text")].map((t) => font(getComputedStyle(t))))]];
    });
    assert.ok(chartFonts.includes(tipFont), `${path}: the CSS tooltip's ${tipFont} is not among its chart's ${chartFonts.join(" | ")}`);
    await page.mouse.move(0, 0);
    await mark.focus();
    assert.ok((await tipText()).includes(value), `${path}: focus shows it too`);
    assert.equal(await page.evaluate(() => document.querySelector(".rural-story-root").hasAttribute("data-live")), false, "all before the app");
    release();
    await page.waitForSelector(".rural-story-root[data-live]");
    await page.mouse.move(0, 0);
    await mark.hover();
    assert.equal(await tipText(), "none", `${path}: once live, the CSS tooltip gives way`);
    const tip = page.locator(".chart-tip:visible");
    assert.equal(await tip.locator(".chart-tip-label").innerText(), label);
    await page.close();
  }
});

test("a bar or figure the reader points at or has focused as the app starts keeps its tooltip", async () => {
  const cases = [
    ["/index.html", { width: 1280, height: 900 }, ".mark:visible", "hover"],
    ["/en/chart-money.html", { width: 360, height: 740 }, ".mark:visible", "focus"],
    ["/index.html", { width: 1280, height: 900 }, '.figure-ref[data-figure="infra-investment"]', "focus"],
  ];
  for (const [path, viewport, selector, how] of cases) {
    const page = await newPage(env.browser, { viewport });
    const release = await holdWasm(page);
    await page.goto(env.server.origin + path, { waitUntil: "domcontentloaded" });
    const target = page.locator(selector).first();
    await target.scrollIntoViewIfNeeded();
    if (how === "hover") await target.hover();
    else await target.focus();
    const isMark = selector.startsWith(".mark");
    const label = isMark ? await target.getAttribute("data-label") : null;
    if (isMark) {
      const css = await target.evaluate((m) => getComputedStyle(m, "::after").content);
      assert.ok(css.includes(label), `${path}: before the app, CSS answers the ${how}`);
    }
    release();
    await page.waitForSelector(".rural-story-root[data-live]");
    // Nothing moves: the pointer stays, focus stays.
    if (isMark) {
      const tip = page.locator(".chart-tip:visible");
      assert.equal(await tip.count(), 1, `${path}: once live, the ${how}ed bar's tooltip shows`);
      assert.equal(await tip.locator(".chart-tip-label").innerText(), label);
    } else {
      assert.match(await target.locator(".figure-tip").innerText(), /6\.38亿元/, `${path}: the focused figure's tooltip`);
      assert.ok(await target.locator(".figure-tip").isVisible(), `${path}: the focused figure's tooltip shows`);
    }
    await page.close();
  }
});

test("on a phone a figure's tooltip runs along the foot of the screen, whole, wherever the figure is", async () => {
  const { page } = await open(env.browser, env.server.origin, "/", { width: 360, height: 740 });
  // One figure per article section: each section is laid out only near the screen, and
  // must not hold the tooltip to itself.
  const figures = await page.evaluate(() =>
    [...document.querySelectorAll(".story-section")].map((s) => s.querySelector(".figure-ref")?.dataset.figure).filter(Boolean));
  assert.ok(figures.length >= 3, `figures in ${figures.length} sections`);
  for (const figure of figures) {
    const ref = page.locator(`.story-section .figure-ref[data-figure="${figure}"]`).first();
    await ref.scrollIntoViewIfNeeded();
    await ref.hover();
    const placed = await ref.evaluate((f) => {
      const t = f.querySelector(".figure-tip");
      const r = t.getBoundingClientRect();
      const shows = t.contains(document.elementFromPoint(r.left + 8, r.top + 4)) && t.contains(document.elementFromPoint(r.right - 8, r.bottom - 4));
      return { left: r.left, right: r.right, bottom: r.bottom, shows, width: innerWidth, height: innerHeight };
    });
    assert.ok(placed.left > 0 && placed.left < 24 && placed.right > placed.width - 24 && placed.right < placed.width, `${figure}: across the screen ${JSON.stringify(placed)}`);
    assert.ok(placed.bottom > placed.height - 24 && placed.bottom < placed.height, `${figure}: at its foot ${JSON.stringify(placed)}`);
    assert.ok(placed.shows, `${figure}: shows whole`);
    await page.mouse.move(180, 5);
  }
  await page.close();
});

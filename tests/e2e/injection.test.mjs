// Strings of a story end up in the page, in SVG, tooltips, tables and files. A story whose
// every string carries HTML, SVG and script payloads must show them as text and run none.
import { test } from "node:test";
import assert from "node:assert/strict";
import { newPage, serveAndLaunch } from "./harness.mjs";

const env = serveAndLaunch();

const P = `<img src=x onerror="window.__pwned=true"><script>window.__pwned=true</script>"><svg onload="window.__pwned=true">`;
const FORMULA = "=HYPERLINK(\"http://example.invalid\")";

function payloadStory() {
  const sentence = `${P}村里今年种树1200棵,投入资金3.5万元。`;
  const both = (zh, en) => ({ zh: `${P}${zh}`, en: `${P}${en}` });
  return {
    schema: 1,
    meta: {
      id: "payload",
      title: both("标题", "Title"),
      summary: both("摘要", "Summary"),
      source: both("来源", "Source"),
      date: "2024-05-01",
      authors: [both("作者", "Author")],
      // A page of its own, so its tour links and "copy link" are offered too.
      story_url: "https://news.example/payloads.html",
    },
    units: {
      tree: { zh: `棵`, en: `${P}trees`, dimension: "count" },
      yuan: { zh: "元", en: `${P}CNY`, dimension: "money" },
    },
    sections: [
      { id: "s00", paragraphs: [{ id: "s00-p1", zh: sentence, en: `${P}The village planted 1,200 trees for CNY 35,000.` }] },
      { id: "s01", number: `${P}01`, heading: both("小标题", "Heading"), paragraphs: [{ id: "s01-p1", zh: `${P}第二段。`, en: `${P}Second.` }] },
    ],
    figures: [
      { id: "trees", value: 1200, unit: "tree", qualifier: "", stated: "1200", stated_en: "1,200", label: { zh: `${P}种树`, en: FORMULA }, quote: sentence },
      { id: "spent", value: 35000, unit: "yuan", qualifier: "", stated: "3.5万", stated_en: "35,000", label: both("资金", "money"), quote: sentence },
    ],
    key_figures: ["trees", "spent"],
    charts: [{ id: "village", title: both("图表", "Chart"), takeaway: both("要点", "Takeaway"), figures: ["trees", "spent"], after: "s00-p1", log_switch: true }],
    steps: [{ id: "one", chart: "village", figures: ["trees"], text: both("步骤", "Step") }],
    repairs: [{ paragraph: "s01-p1", original: `${P}原文`, repaired: "第二段", why: both("原因", "Why") }],
  };
}

test("payloads in every string field are shown as text and never run", async () => {
  const json = JSON.stringify(payloadStory()).replaceAll("</", "<\\/");
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>payloads</title></head><body>
    <div id="embed" data-rural-story data-lang="zh"></div>
    <script type="application/json">${json}</script>
    <script src="../embed.js" defer></script></body></html>`;
  const page = await newPage(env.browser, { acceptDownloads: true });
  const dialogs = [];
  page.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss(); });
  await page.route(`${env.server.origin}/examples/payloads.html`, (route) =>
    route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }));
  await page.goto(`${env.server.origin}/examples/payloads.html`);
  const root = page.locator("#embed");
  // The drawing shown (the markup holds one per scale and width; CSS shows one).
  const plot = root.locator("figure.chart .chart-plot:visible");
  await plot.locator("svg").waitFor();

  const pwned = () => page.evaluate(() => window.__pwned);
  const injected = () => root.evaluate((host) =>
    host.shadowRoot.querySelectorAll("img, script, iframe, [onerror], [onload], svg svg, foreignObject").length);
  assert.match(await root.locator("h1.headline").innerText(), /<img src=x onerror=/);
  assert.match(await root.locator("figure.chart .chart-takeaway").innerText(), /<script>window.__pwned=true<\/script>/);
  assert.match(await plot.locator("svg").innerHTML(), /&lt;img src=x/);

  // Everything a reader can open: tooltips (chart and text), table, repairs, tour, language.
  await plot.locator(".mark").first().hover();
  assert.match(await plot.locator(".chart-tip").innerText(), /<img src=x/);
  await root.locator(".figure-ref").first().hover();
  await root.locator("figure.chart .table-toggle").click();
  assert.match(await root.locator("figure.chart .chart-data table").innerText(), /<img src=x/);
  await root.locator("details.repairs summary").click();
  await root.locator("section.steps .step-link").first().click();
  await root.locator(".lang-switch").click();
  await root.locator("article.story[lang=en]").waitFor();
  await root.locator("figure.chart .table-toggle").click();
  await root.locator("figure.chart .scale-switch button").nth(1).click();

  const [csv] = await Promise.all([page.waitForEvent("download"), root.locator(".download-csv").click()]);
  const csvText = (await streamText(await csv.createReadStream()));
  assert.ok(csvText.includes(`'${FORMULA.replaceAll('"', '""')}`) || csvText.includes(`"'${FORMULA.replaceAll('"', '""')}"`), "a formula label is defused");
  const [svg] = await Promise.all([page.waitForEvent("download"), root.locator(".download-svg:visible").click()]);
  const svgText = await streamText(await svg.createReadStream());
  assert.ok(!svgText.includes("<img") && !svgText.includes("<script"), "the SVG file holds no markup from the story");

  assert.equal(await pwned(), undefined);
  assert.equal(await injected(), 0);
  assert.deepEqual(dialogs, []);
  await page.close();
});

test("the widget ignores messages it does not document", async () => {
  const page = await newPage(env.browser);
  await page.goto(`${env.server.origin}/index.html?lang=en`);
  await page.waitForSelector(".rural-story-root[data-live]");
  const before = await page.locator("main").innerHTML();
  await page.evaluate(() => {
    for (const m of ["hello", { type: "rural-story:height", height: 1 }, { lang: "zh" }, { theme: "dark" }, null, 42, "<img src=x onerror=alert(1)>"]) {
      window.postMessage(m, "*");
    }
  });
  await page.waitForTimeout(300);
  assert.equal(await page.locator("main").innerHTML(), before);
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
  await page.close();
});

async function streamText(stream) {
  const chunks = [];
  for await (const c of stream) chunks.push(c);
  return Buffer.concat(chunks).toString("utf8");
}

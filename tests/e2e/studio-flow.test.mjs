// The story studio as a newsroom uses it, in a fresh browser context: paste the second
// story's article (tests/stories/synthetic.json, written out as a newsroom pastes it), remove
// the draft's false positives, fill what the validator asks for, make a chart and a key
// figure, see them in the preview in both languages, export story.json and check it with the
// command-line validator, then paste the embed snippet into a host page on another site.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serveAndLaunch, serveHost, hostPage, newPage, axe } from "./harness.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, "..", "..");
const truth = JSON.parse(fs.readFileSync(path.join(root, "tests/stories/synthetic.json"), "utf8"));
const env = serveAndLaunch();

/** The article as a newsroom pastes it: title, byline, numbered sections, a paragraph a line. */
function article(story) {
  const m = story.meta;
  const authors = (m.authors ?? []).map((a) => a.zh);
  const lines = [m.title.zh, `${m.source.zh} ${m.date}` + (authors.length ? ` 作者：${authors.join("、")}` : "")];
  for (const s of story.sections) {
    if (s.number && s.heading) lines.push(s.number, s.heading.zh);
    lines.push(...s.paragraphs.map((p) => p.zh));
  }
  return lines.join("\n");
}

const get = (value, keys) => keys.reduce((v, k) => (v == null ? undefined : v[k]), value);

/** The second story's figure for the one open in the studio, by its number and sentence. */
async function truthFigure(page) {
  const form = page.locator(".figure-form");
  const stated = await form.locator("[data-path$='.stated']").inputValue();
  const quote = (await form.locator("blockquote").textContent()).trim();
  const figure = truth.figures.find((f) => f.stated === stated && f.quote.trim() === quote);
  assert.ok(figure, `the second story has no figure ${stated} in “${quote}”`);
  return figure;
}

/** What the second story writes for the field at `path` of the studio's draft. */
async function answer(page, control, problemPath) {
  const steps = problemPath.replace(/\[(\d+)\]/g, ".$1").split(".");
  if (steps[0] === "meta") return get(truth.meta, steps.slice(1));
  if (steps[0] === "figures") return get(await truthFigure(page), steps.slice(2));
  if (steps[0] === "units") {
    // The second story's unit of the first figure in this unit.
    const unit = page.locator("fieldset.unit").filter({ has: page.locator(`[data-path='units.${steps[1]}.zh']`) });
    await unit.locator(".used-by").first().click();
    const figure = await truthFigure(page);
    return get(truth.units[figure.unit], steps.slice(2));
  }
  if (steps[0] === "sections") {
    const section = Number(steps[1]);
    if (steps[2] === "paragraphs") {
      const zh = await page.locator(`[data-paragraph='sections[${section}].paragraphs[${steps[3]}]']`).textContent();
      const paragraph = truth.sections.flatMap((s) => s.paragraphs).find((p) => p.zh === zh);
      return paragraph?.[steps[4]];
    }
    const zh = await page.locator(`[data-path='sections[${section}].heading.zh']`).inputValue();
    const heading = truth.sections.find((s) => s.heading?.zh === zh)?.heading;
    return heading?.[steps.at(-1)];
  }
  // A chart's words are the newsroom's own.
  return steps.at(-1) === "zh" ? "示范县的丰收" : "A good harvest";
}

test("the studio turns an article into a valid story, previewed, exported and embedded", { timeout: 600_000 }, async () => {
  const page = await newPage(env.browser);
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${env.server.origin}/studio/`);

  // 1. Paste the article and draft.
  await page.fill("#article-text", article(truth));
  await page.click("text=Draft the story");
  await page.waitForSelector(".mark");
  const drafted = await page.locator(".mark").count();
  assert.ok(drafted >= 10, `${drafted} figures drafted`);

  // 2. Remove the draft's false positives: numbers the second story makes no figure of.
  let removed = 0;
  for (let i = 0; i < (await page.locator(".mark").count()); ) {
    const mark = page.locator(".mark").nth(i);
    await mark.click();
    const form = page.locator(".figure-form");
    const stated = await form.locator("[data-path$='.stated']").inputValue();
    const quote = (await form.locator("blockquote").textContent()).trim();
    if (truth.figures.some((f) => f.stated === stated && f.quote.trim() === quote)) {
      i += 1;
      continue;
    }
    await form.locator("text=Remove this figure").click();
    removed += 1;
  }
  assert.equal(await page.locator(".mark").count(), drafted - removed);

  // 3. A chart of the first two figures, and a key figure.
  const figureRows = page.locator(".figures tbody tr");
  await figureRows.nth(0).locator("input[aria-label$='for a new chart']").check();
  await figureRows.nth(1).locator("input[aria-label$='for a new chart']").check();
  await page.click("text=Make a chart of the chosen figures");
  await figureRows.nth(0).locator("input[aria-label$='key figure']").check();

  // 4. Fill what the validator asks for, one problem at a time, through its link.
  const tried = new Map();
  for (let round = 0; round < 400; round++) {
    const problem = page.locator("[data-problem-path]").first();
    if ((await problem.count()) === 0) break;
    const problemPath = await problem.getAttribute("data-problem-path");
    tried.set(problemPath, (tried.get(problemPath) ?? 0) + 1);
    assert.ok(tried.get(problemPath) < 3, `filling did not fix ${await problem.textContent()}`);
    await problem.click();
    // The link moves focus to the field's control (opening its figure's fields first).
    await page.waitForFunction((p) => document.activeElement?.dataset.path === p, problemPath, { timeout: 5_000 });
    const control = page.locator(`[data-path="${problemPath}"]`);
    let value = await answer(page, control, problemPath);
    if (value === undefined || value === null) value = problemPath.endsWith("zh") ? "示例" : "Example";
    const tag = await control.evaluate((e) => e.tagName);
    if (tag === "SELECT") await control.selectOption(String(value));
    else {
      await control.fill(String(value));
      await control.press("Tab");
    }
  }
  assert.match(await page.locator(".problems .count").textContent(), /Nothing/);

  // 5. The preview, in both languages, shows the chart and the key figure.
  const preview = page.locator(".preview-frame");
  await preview.locator(".rural-story-root[data-live]").waitFor();
  assert.ok((await preview.locator("h1").textContent()).includes(truth.meta.title.zh));
  assert.equal(await preview.locator(".chart").count(), 1);
  assert.ok((await preview.locator(".key-figures li, .key-figure").count()) >= 1);
  await page.click(".preview button:text('English')");
  await page.waitForFunction(
    (title) => document.querySelector(".preview-frame").shadowRoot.querySelector("h1")?.textContent.includes(title),
    truth.meta.title.en,
  );

  // 6. Export story.json, and the command-line validator accepts it.
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=Download story.json")]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "studio-")), "story.json");
  await download.saveAs(file);
  const xtask = process.env.RURAL_STORY_XTASK;
  const check = xtask
    ? spawnSync(xtask, ["validate", file], { cwd: root, encoding: "utf8" })
    : spawnSync("cargo", ["xtask", "validate", file], { cwd: root, encoding: "utf8" });
  assert.equal(check.status, 0, `validate-story refused the export:\n${check.stdout}\n${check.stderr}`);

  // 7. The embed snippet works in a host page on another site.
  await page.click("text=Make the embed snippet");
  const snippet = await page.locator("#embed-snippet").inputValue();
  assert.ok(!/<\/script>[\s\S]*<\/script>[\s\S]*<\/script>/.test(snippet), "the island cannot close its script");
  const host = await serveHost();
  try {
    const hostUrl = host.add("/news.html", hostPage(`<h1>News</h1>${snippet}`));
    const reader = await newPage(env.browser);
    await reader.goto(hostUrl);
    const widget = reader.locator("[data-rural-story] .rural-story-root[data-live]");
    await widget.waitFor({ timeout: 60_000 });
    assert.ok((await reader.locator("[data-rural-story] h1").textContent()).includes(truth.meta.title.zh));
    await reader.close();
  } finally {
    await host.close();
  }

  assert.deepEqual(await axe(page), []);
  assert.deepEqual(errors, []);
  await page.close();
});

// The story studio (studio/), at 4× CPU in fresh contexts: how long the draft of a
// 5,000-character article takes to appear (targets: within 300 ms), and how long the preview
// takes to follow an edit of the built-in story (within 100 ms). Both as Event Timing
// `duration` (from the input to the next paint after its handlers, in 8 ms steps) and as the
// time until the result is on screen, read in the page.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { coldPage, launch, pollPage, TIMEOUT } from "./browser.mjs";
import { count, median, ms, printTable } from "./report.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const DRAFT_TARGET = 300;
const PREVIEW_TARGET = 100;
const ARTICLE_CHARS = 5_000;

/** The built-in story's article as a newsroom pastes it, cut at a line to about 5,000 characters. */
function article() {
  const story = JSON.parse(fs.readFileSync(path.join(root, "assets", "story.json"), "utf8"));
  const lines = [story.meta.title.zh];
  for (const s of story.sections) {
    if (s.heading) lines.push(s.heading.zh);
    lines.push(...s.paragraphs.map((p) => p.zh));
  }
  let text = "";
  for (const line of lines) {
    if ([...text].length >= ARTICLE_CHARS) break;
    text += line + "\n";
  }
  // Repeated if the story is shorter than an article of that length.
  while ([...text].length < ARTICLE_CHARS) text += text;
  return [...text].slice(0, ARTICLE_CHARS).join("");
}

/** In the page: Event Timing entries of 16 ms and more, and when a figure or the preview changed. */
function observe() {
  const events = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) events.push({ name: e.name, start: e.startTime, duration: e.duration, id: e.interactionId });
  }).observe({ type: "event", durationThreshold: 16, buffered: true });
  window.__events = events;
}

/** The longest Event Timing entry that started at or after `since` (page time). */
const longest = (page, since) =>
  page.evaluate((since) => Math.max(0, ...window.__events.filter((e) => e.start >= since).map((e) => e.duration)), since);

export async function studioTimings(app, runs, report) {
  const browser = await launch();
  const text = article();
  const drafts = { event: [], shown: [] };
  const previews = { event: [], shown: [] };
  try {
    for (let run = 0; run < runs; run++) {
      const { context, page, cdp, errors } = await coldPage(browser, { width: 1280, height: 900 }, 4, observe);
      // "Start a new story? This one has changes you have not exported."
      page.on("dialog", (dialog) => dialog.accept());
      try {
        await page.goto(`${app.origin}/studio/`, { timeout: TIMEOUT });
        await pollPage(cdp, "!!document.querySelector('#article-text')", performance.now() + TIMEOUT);
        await page.locator("#article-text").fill(text);
        // The draft: a real click on the button; the marks are the draft on screen.
        const since = await page.evaluate(() => performance.now());
        await page.evaluate(() => {
          window.__shown = null;
          new MutationObserver((_, observer) => {
            if (document.querySelector(".mark")) {
              requestAnimationFrame(() => (window.__shown = performance.now()));
              observer.disconnect();
            }
          }).observe(document.body, { childList: true, subtree: true });
        });
        await page.locator("button:text('Draft the story')").click();
        const shown = await pollPage(cdp, "window.__shown", performance.now() + TIMEOUT);
        const clicked = await page.evaluate((since) => window.__events.find((e) => e.name === "pointerdown" && e.start >= since)?.start ?? null, since);
        drafts.event.push(await longest(page, since));
        drafts.shown.push(clicked === null ? null : shown - clicked);

        // The preview following an edit: the built-in story, one character typed in its title.
        await page.locator("button:text('New story')").click();
        await page.locator("button:text('Open the story this site shows')").click();
        await pollPage(cdp, "!!document.querySelector('.preview-frame')?.shadowRoot?.querySelector('.rural-story-root[data-live]')", performance.now() + TIMEOUT);
        await page.locator("[data-path='meta.title.zh']").focus();
        await page.keyboard.press("End");
        await new Promise((r) => setTimeout(r, 500));
        const before = await page.evaluate(() => {
          const root = document.querySelector(".preview-frame").shadowRoot;
          window.__followed = null;
          new MutationObserver((_, observer) => {
            if (root.querySelector("h1")?.textContent.includes("X")) {
              requestAnimationFrame(() => (window.__followed = performance.now()));
              observer.disconnect();
            }
          }).observe(root, { childList: true, subtree: true, characterData: true });
          return performance.now();
        });
        await page.keyboard.type("X");
        const followed = await pollPage(cdp, "window.__followed", performance.now() + TIMEOUT);
        const typed = await page.evaluate((since) => window.__events.find((e) => e.name === "keydown" && e.start >= since)?.start ?? null, before);
        previews.event.push(await longest(page, before));
        previews.shown.push(typed === null ? null : followed - typed);
        if (errors.length) throw new Error(`studio: ${errors.join("; ")}`);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  const line = (label, xs, target) => [label, ms(median(xs.filter((x) => x !== null))), `${ms(Math.min(...xs))}–${ms(Math.max(...xs))}`, `≤ ${target} ms`];
  const rows = [
    [`draft of a ${ARTICLE_CHARS}-character article, Event Timing`, drafts.event, DRAFT_TARGET],
    ["draft of the article, click to marks on screen", drafts.shown.filter((x) => x !== null), DRAFT_TARGET],
    ["a keystroke in the built-in story, Event Timing", previews.event, PREVIEW_TARGET],
    ["the preview showing that keystroke, from the key", previews.shown.filter((x) => x !== null), PREVIEW_TARGET],
  ].map(([label, xs, target]) => line(label, xs, target));
  printTable(`Story studio, 4× CPU, ${count(runs, "fresh context")} (median, range, target)`, [["", "median", "range", "target"], ...rows]);
  report.section(`Story studio (4× CPU, ${count(runs, "fresh context")}; median [range])`);
  for (const [label, median, range, target] of rows) report.row(label, `${median} [${range}]`, "–", `target ${target.slice(2)}`);
}

// The studio with what people really bring and do: nothing, a megabyte, a binary file, HTML
// with script in it, a story of another schema; undo and redo; a reload; leaving with
// changes not exported; a narrow window and the keyboard alone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serveAndLaunch, newPage, axe } from "./harness.mjs";

const env = serveAndLaunch();

async function studio(options = {}) {
  const page = await newPage(env.browser, options);
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("dialog", (d) => d.accept());
  await page.goto(`${env.server.origin}/studio/`);
  await page.waitForSelector("#article-text");
  return { page, errors };
}

const notice = (page) => page.locator(".notice").textContent();

test("bad input gets a message naming what is wrong, and the page goes on", async () => {
  const { page, errors } = await studio();
  await page.click("text=Draft the story");
  assert.match(await notice(page), /no text to draft/);
  await page.locator("#article-text").fill("字".repeat(1_000_001));
  await page.click("text=Draft the story");
  assert.match(await notice(page), /1000001 characters long/);
  await page.setInputFiles("#open-file", { name: "photo.txt", mimeType: "text/plain", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0, 0]) });
  await page.waitForFunction(() => /not text/.test(document.querySelector(".notice").textContent));
  await page.setInputFiles("#open-file", { name: "other.json", mimeType: "application/json", buffer: Buffer.from('{"schema": 7, "meta": {}}') });
  await page.waitForFunction(() => /schema 7/.test(document.querySelector(".notice").textContent));
  // A story of the right schema but broken opens with the validator's messages.
  await page.setInputFiles("#open-file", { name: "broken.json", mimeType: "application/json", buffer: Buffer.from('{"schema": 1, "meta": {"id": "x"}}') });
  await page.waitForSelector("[data-problem-path]");
  assert.match(await page.locator(".problems .count").textContent(), /problem/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("markup and script in pasted text are shown as text, never run", async () => {
  const { page, errors } = await studio();
  await page.evaluate(() => (window.__ran = false));
  const hostile = '<p>全区共有95个工作队&lt;img src=x onerror="window.__ran=true"&gt;。</p>\n<p>投入&lt;script&gt;window.__ran=true&lt;/script&gt;6.38亿元。</p>';
  await page.locator("#article-text").fill(hostile);
  await page.click("text=Draft the story");
  await page.waitForSelector(".mark");
  // The entities became the characters they stand for, shown as text.
  const text = await page.locator("[data-paragraph]").first().textContent();
  assert.match(text, /<img src=x onerror="window.__ran=true">/);
  assert.equal(await page.locator(".article img, .article script").count(), 0);
  assert.equal(await page.evaluate(() => window.__ran), false);
  assert.deepEqual(errors, []);
  await page.close();
});

test("undo, redo, a reload, and leaving with changes not exported", async () => {
  const { page } = await studio();
  await page.click("text=Open the story this site shows");
  const title = page.locator("[data-path='meta.title.en']");
  const original = await title.inputValue();
  await title.fill("A changed title");
  await page.locator("[data-path='meta.summary.en']").fill("A changed summary");
  await page.click(".studio-header button:text('Undo')");
  assert.notEqual(await page.locator("[data-path='meta.summary.en']").inputValue(), "A changed summary");
  assert.equal(await title.inputValue(), "A changed title");
  await page.click(".studio-header button:text('Undo')");
  assert.equal(await title.inputValue(), original);
  await page.click(".studio-header button:text('Redo')");
  assert.equal(await title.inputValue(), "A changed title");
  // Kept across a reload.
  await page.reload();
  await page.waitForSelector("[data-path='meta.title.en']");
  assert.equal(await page.locator("[data-path='meta.title.en']").inputValue(), "A changed title");
  await page.waitForFunction(() => /Kept in this browser/.test(document.querySelector(".kept").textContent));
  // Leaving asks first: the page's beforeunload handler cancels.
  const asks = await page.evaluate(() => {
    const event = new Event("beforeunload", { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });
  assert.equal(asks, true);
  await page.close();
});

test("at 768 px, by keyboard alone, a figure opens from its mark and axe finds nothing", async () => {
  const { page, errors } = await studio({ viewport: { width: 768, height: 1000 } });
  await page.locator("#article-text").fill("示范县的丰收账本\n全区共有95个工作队，投入资金6.38亿元。");
  await page.locator("#article-text").focus();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.waitForSelector(".mark");
  await page.locator(".mark").first().focus();
  await page.keyboard.press("Enter");
  // Focus moves to the figure's fields once they are drawn, so the next Tab is the first field.
  await page.waitForFunction(() => document.activeElement?.matches(".figure-form h3"));
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.dataset.path), "figures[0].stated");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow} px wider than the window`);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(errors, []);
  await page.close();
});

// The README's two pictures, taken from the built dist/ in Debian's headless Chromium:
// docs/story.png (the story page's first screen) and docs/embed.png (a chart embedded in a
// news article as a self-sizing iframe). After `cargo xtask build` and `cargo xtask e2e`
// (which installs playwright-core in tests/e2e): node docs/screenshots.mjs
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { FLAGS } from "../tests/e2e/chromium.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { chromium } = createRequire(path.join(root, "tests/e2e/package.json"))("playwright-core");

const HOST = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Daily Example</title>
<style>body{font:18px/1.5 Georgia,serif;max-width:680px;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:2rem;line-height:1.2;margin:0 0 .5rem}.kicker{font:600 .8rem sans-serif;text-transform:uppercase;color:#a33}</style>
</head><body>
<p class="kicker">Rural revitalisation</p>
<h1>Work teams bring investment to Qingdao's villages</h1>
<p>The host's own article, in the host's own styles. The chart below is one iframe line
and a script tag; it sizes itself to its content at any width.</p>
<iframe src="chart-money.html?lang=en&amp;id=money" title="Money invested and earned" width="100%" height="600"
  frameborder="0" scrolling="no" data-rural-story-frame></iframe>
<p>More of the host's text after the embed.</p>
<script src="embed.js" defer></script>
</body></html>`;

/** dist/ and the host page in a temporary folder, served by `cargo xtask preview`. */
async function serve() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rural-story-shots-"));
  fs.cpSync(path.join(root, "dist"), dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "host.html"), HOST);
  const child = spawn("cargo", ["run", "-q", "-p", "xtask", "--", "preview", "--port", "0", "--dir", dir], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const origin = await new Promise((resolve, reject) => {
    let out = "";
    child.once("exit", (code) => reject(new Error(`preview exited (${code}): ${out}`)));
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const m = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) resolve(m[1]);
    });
  });
  return { origin, close: () => (child.kill(), fs.rmSync(dir, { recursive: true, force: true })) };
}

const server = await serve();
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: FLAGS });
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  await page.goto(`${server.origin}/en/index.html`);
  await page.waitForSelector(".rural-story-root[data-live]");
  await page.screenshot({ path: path.join(root, "docs/story.png") });

  await page.setViewportSize({ width: 760, height: 900 });
  await page.goto(`${server.origin}/host.html`);
  const frame = page.frameLocator("iframe");
  await frame.locator(".rural-story-root[data-live]").waitFor();
  // The frame has posted its height and embed.js has applied it.
  await page.waitForFunction(() => document.querySelector("iframe").height !== "600");
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(root, "docs/embed.png") });
} finally {
  await browser.close();
  server.close();
}

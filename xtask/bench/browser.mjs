// Headless Chromium for the bench (playwright-core from the end-to-end tests' install), and
// what every timed page needs: a cold context, a count of what went over the network, and
// polling that does not disturb the page.
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { FLAGS } from "../../tests/e2e/chromium.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const require = createRequire(path.join(root, "tests", "e2e", "package.json"));

export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
export const TIMEOUT = 120_000;

export function launch() {
  const { chromium } = require("playwright-core");
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

/**
 * A new context and page at `viewport`, with `init(kind)` run before the page's scripts, the
 * cache disabled and the CPU slowed `rate` times; the caller closes the context. `network`
 * counts what the page's loads brought over the wire: bytes (headers included), requests,
 * content encodings, and the paths answered 404.
 */
export async function coldPage(browser, viewport, rate, init, kind) {
  const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.addInitScript(init, kind);
    const cdp = await context.newCDPSession(page);
    const network = { bytes: 0, requests: 0, encodings: new Set(), missing: [] };
    cdp.on("Network.requestWillBeSent", (e) => !e.request.url.startsWith("data:") && (network.requests += 1));
    cdp.on("Network.loadingFinished", (e) => (network.bytes += e.encodedDataLength));
    cdp.on("Network.responseReceived", ({ response }) => {
      if (response.status === 404) network.missing.push(new URL(response.url).pathname);
      const encoding = Object.entries(response.headers).find(([name]) => name.toLowerCase() === "content-encoding");
      if (!response.url.startsWith("data:")) network.encodings.add(encoding?.[1] ?? "identity");
    });
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate });
    return { context, page, cdp, errors, network };
  } catch (e) {
    await context.close();
    throw e;
  }
}

/**
 * Resolves with the value of `expression` in the page once it is truthy, asking every 50 ms
 * through CDP (Runtime.evaluate: one small task on the page's main thread each time).
 * Playwright's own waiting (page.waitForFunction) first evaluates its injected script, about
 * 330 KB, in the page: a task of 85–155 ms at 4× CPU in traces, which during a load would
 * land on the page measured (on the app's between its first paint and the hover's answer).
 */
export async function pollPage(cdp, expression, deadline) {
  while (performance.now() < deadline) {
    const { result } = await cdp.send("Runtime.evaluate", { expression, returnByValue: true });
    if (result.value) return result.value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${expression}`);
}


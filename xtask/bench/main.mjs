// `cargo xtask bench` runs this after the release build, with the app (dist/) and the
// hand-made baseline page (xtask/bench/baseline/) already served by `cargo xtask preview`:
// cold loads (loads.mjs), the story page's interactions (interactions.mjs), repeat visits
// (repeat.mjs), the story studio (studio.mjs), then Lighthouse (lighthouse.mjs), in Debian's
// headless Chromium. Each part prints its tables; the figures go, as rows of one table, to the --results file, from which
// the bench writes docs/performance.md. It never fails on a figure.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { CHROMIUM } from "./browser.mjs";
import { interactions } from "./interactions.mjs";
import { runLighthouse } from "./lighthouse.mjs";
import { loadTimings } from "./loads.mjs";
import { repeatVisits } from "./repeat.mjs";
import { studioTimings } from "./studio.mjs";
import { Report } from "./report.mjs";

const PARTS = ["loads", "interactions", "repeat", "studio", "lighthouse"];

function options() {
  const { values } = parseArgs({
    options: {
      app: { type: "string" },
      baseline: { type: "string" },
      results: { type: "string" },
      runs: { type: "string", default: "15" },
      "interaction-runs": { type: "string", default: "5" },
      "lighthouse-runs": { type: "string", default: "3" },
      "repeat-runs": { type: "string", default: "5" },
      "studio-runs": { type: "string", default: "5" },
      ...Object.fromEntries(PARTS.map((p) => [`${p}-only`, { type: "boolean", default: false }])),
    },
  });
  for (const key of ["app", "baseline", "results"]) if (!values[key]) throw new Error(`--${key} is required`);
  const count = (key) => {
    const n = Number(values[key]);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${key} needs a positive integer, not ${values[key]}`);
    return n;
  };
  const only = PARTS.filter((p) => values[`${p}-only`]);
  return {
    // Origins without the trailing slash: pages are addressed as origin + "/path".
    servers: { app: { origin: values.app.replace(/\/$/, "") }, baseline: { origin: values.baseline.replace(/\/$/, "") } },
    results: values.results,
    runs: count("runs"),
    interactionRuns: count("interaction-runs"),
    lighthouseRuns: count("lighthouse-runs"),
    repeatRuns: count("repeat-runs"),
    studioRuns: count("studio-runs"),
    part: (name) => only.length === 0 || only.includes(name),
  };
}

async function main() {
  const { servers, results, runs, interactionRuns, lighthouseRuns, repeatRuns, studioRuns, part } = options();
  console.log(`app: ${servers.app.origin}/ (dist/), baseline: ${servers.baseline.origin}/ (xtask/bench/baseline/)`);
  const report = new Report();
  report.chromium = execFileSync(CHROMIUM, ["--version"], { encoding: "utf8" }).trim();
  if (part("loads")) await loadTimings(servers, runs, report);
  if (part("interactions")) await interactions(servers.app, interactionRuns, report);
  if (part("repeat")) await repeatVisits(servers.app, repeatRuns, report);
  if (part("studio")) await studioTimings(servers.app, studioRuns, report);
  if (part("lighthouse")) await runLighthouse(servers, lighthouseRuns, report);
  fs.mkdirSync(path.dirname(results), { recursive: true });
  fs.writeFileSync(results, JSON.stringify(report, null, 2));
}

main().catch((err) => {
  console.error(`bench: ${err?.stack ?? err}`);
  process.exit(1);
});

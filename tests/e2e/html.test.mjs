// The built pages as HTML: every page of dist/ passes the Nu Html Checker (vnu-jar from
// npm, run with the machine's Java).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DIST } from "./harness.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const VNU = path.join(here, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

test("every built page is valid HTML (Nu Html Checker)", () => {
  const pages = fs.readdirSync(DIST).filter((f) => f.endsWith(".html")).map((f) => path.join(DIST, f));
  assert.ok(pages.length >= 8, `${pages.length} pages`);
  const run = spawnSync("java", ["-jar", VNU, "--errors-only", "--format", "json", ...pages], { encoding: "utf8" });
  assert.ok(run.status !== null && run.stderr.trim().startsWith("{"), `vnu did not run: ${run.error ?? run.stderr}`);
  const errors = JSON.parse(run.stderr).messages.map(
    (m) => `${path.basename(new URL(m.url).pathname)}:${m.lastLine}: ${m.message}`,
  );
  console.log(`# Nu Html Checker: ${pages.length} pages, ${errors.length} errors`);
  assert.deepEqual(errors, []);
});

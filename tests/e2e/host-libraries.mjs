// The code real news sites run around an embed, as published, for host pages in the tests:
// - pym.js 1.3.2 (npm `pym.js`, a devDependency): `pym.Parent` builds the iframe itself.
// - Datawrapper's responsive-embed snippets, as its embed codes ship them. They are in
//   npm `@datawrapper/chart-core` (`dist/embed.js`), whose own dependencies cannot be
//   installed from the registry, so the package is fetched with `npm pack`, checked against
//   its pinned integrity and only the snippet is read. 8.8.1 ships the older form (frames
//   matched by `id="datawrapper-chart-<id>"` or `src`), 8.47.0 the current one (frames
//   matched by `contentWindow`).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const CACHE = path.join(here, "node_modules", ".host-libraries");

const DATAWRAPPER = {
  "8.8.1": "sha512-Ltf0qpgXKaE4tHJHog+vDaRLxhPVq5L1ozXkky4PCQzMTpGGdUg9w2ptsV+5/EYuBPzc90sFcBElFgvWtxHdHg==",
  "8.47.0": "sha512-xtTQQK9KUYZ10WSEfRk+tbv6ah2zvoRD1wXFtrkaSXeMqp6nftZrytGg/nxtxLcWAbaLQmOIsvsqGZb/EcwDQw==",
};

/** `dist/embed.js` of @datawrapper/chart-core at `version`, fetched once. */
function datawrapperSnippet(version) {
  const dir = path.join(CACHE, `chart-core-${version}`);
  const snippet = path.join(dir, "package", "dist", "embed.js");
  if (!fs.existsSync(snippet)) {
    fs.mkdirSync(dir, { recursive: true });
    const name = execFileSync(
      "npm",
      ["pack", `@datawrapper/chart-core@${version}`, "--pack-destination", dir, "--silent"],
      { encoding: "utf8" },
    ).trim().split("\n").pop();
    const tarball = path.join(dir, name);
    const integrity = "sha512-" + createHash("sha512").update(fs.readFileSync(tarball)).digest("base64");
    if (integrity !== DATAWRAPPER[version]) {
      throw new Error(`@datawrapper/chart-core@${version}: integrity ${integrity}, expected ${DATAWRAPPER[version]}`);
    }
    execFileSync("tar", ["xzf", tarball, "-C", dir, "package/dist/embed.js"]);
  }
  return fs.readFileSync(snippet, "utf8");
}

/** The scripts host pages load, by the path they are served at. */
export function hostLibraries() {
  return {
    "/lib/pym.v1.min.js": fs.readFileSync(path.join(here, "node_modules", "pym.js", "dist", "pym.v1.min.js"), "utf8"),
    "/lib/datawrapper-embed.js": datawrapperSnippet("8.47.0"),
    "/lib/datawrapper-embed-old.js": datawrapperSnippet("8.8.1"),
  };
}

// What the bench reports: medians and units, the console tables, and the rows of the one
// table `cargo xtask bench` writes into docs/performance.md (target/bench/results.json).

export const median = (xs) => {
  const s = xs.filter((x) => x !== null && x !== undefined && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
export const ms = (x) => (x === null || x === undefined ? "–" : `${Math.round(x)} ms`);
export const kib = (x) => (x === null || x === undefined ? "–" : `${(x / 1024).toFixed(1)} KiB`);
export const mib = (x) => (x === null || x === undefined ? "–" : `${(x / 1048576).toFixed(2)} MiB`);
export const ratio = (a, b) => (a === null || b === null || b === 0 ? "–" : (a / b).toFixed(2));

/** Prints `rows` (arrays of strings, the first the header) aligned, under `title`; columns in `left` are left-aligned. */
export function printTable(title, rows, left = [0]) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (left.includes(i) ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ").trimEnd();
  console.log(`\n${title}`);
  console.log(line(rows[0]));
  console.log("-".repeat(widths.reduce((s, w) => s + w + 2, -2)));
  for (const r of rows.slice(1)) console.log(line(r));
}

/**
 * The rows of the report's table, collected as the parts run: a heading row per part, then
 * one row per figure, the app's against the baseline's from the same run.
 */
export class Report {
  rows = [];
  chromium = "Chromium (not started)";

  section(title) {
    this.rows.push({ section: title, metric: "", app: "", baseline: "", note: "" });
    return this;
  }

  /** `note`: the ratio, or the target the figure is held to. */
  row(metric, app, baseline = "–", note = "") {
    const section = this.rows.findLast((r) => r.metric === "")?.section ?? "";
    this.rows.push({ section, metric, app, baseline, note });
    return this;
  }

  toJSON() {
    return { chromium: this.chromium, rows: this.rows };
  }
}

/** `3 runs`, `1 run`. */
export const count = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** `+ 12 ms`, `− 3 ms`: how much longer the app took. */
export const difference = (a, b) => (a === null || b === null ? "–" : `${a >= b ? "+" : "−"} ${ms(Math.abs(a - b))}`);

/** `× 1.23` (app ÷ baseline), with a target after it if given. */
export const times = (a, b, target = "") => {
  const r = ratio(a, b);
  const shown = r === "–" ? "–" : `× ${r}`;
  return target ? `${shown} (target ${target})` : shown;
};

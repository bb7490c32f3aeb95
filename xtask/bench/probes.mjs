// The probes: functions that run inside the measured page before any of its scripts
// (playwright's addInitScript sends each on its own, so they share no code). Each load
// carries only the probe its figure needs, since every probe costs the page some time.

/**
 * Runs in the page before any of its scripts, in the loads that measure blocking time alone:
 * records long tasks and when the page becomes live, as `instrument` does (an init script is
 * sent to the page on its own, so it cannot share their code), nothing else.
 * The probes of `instrument` cost the page main-thread time, and more on a bigger page: at 4×
 * CPU (desktop, 15 loads each) the app's median blocking time was 162 ms with them and 50 ms
 * without, the baseline's 17 and 8 ms.
 */
export function watchBlocking(kind) {
  const bench = { long: [], ready: null };
  window.__bench = bench;
  try {
    bench.observer = new PerformanceObserver((list) => bench.long.push(...list.getEntries().map((e) => e.duration)));
    bench.observer.observe({ type: "longtask", buffered: true });
  } catch {
    // No long-task timing: TBT reads 0.
  }
  const live = kind === "app" ? ".rural-story-root[data-live]" : "[data-drawn]";
  const mo = new MutationObserver(() => {
    if (bench.ready !== null || !document.querySelector(live)) return;
    bench.ready = performance.now();
    mo.disconnect();
  });
  mo.observe(document, { subtree: true, attributes: true, attributeFilter: ["data-live", "data-drawn"] });
}

/**
 * Runs in the app's page before any of its scripts, in the loads that time a hover: records
 * when a hover was first answered (`answered`), nothing else. The frame probes of
 * `instrument` cost the page main-thread time and delay both its first paint and the answer:
 * at 4× CPU on a phone-sized screen (15 loads each) the answer came at 791 ms with them and
 * 689 ms without, the first paint at 516 and 412 ms.
 *
 * A hover's answer (see hoverUntilAnswered), found by the page itself after each pointer
 * event over a bar, so that the probe need not ask it anything: once the bar under the
 * pointer shows its tooltip, the time of the paint that showed it. That is the end of the
 * bar's mouseover in Event Timing (its time stamp plus its duration, as for every
 * interaction below); entries under 16 ms are not reported, and then it is the time stamp
 * plus 16 ms, an upper bound. A bar once seen under the pointer without its answer counts
 * from when it was seen with it.
 */
export function watchHover() {
  const bench = { answered: null };
  window.__bench = bench;
  const overs = new Map();
  const unanswered = new Set();
  const inputs = [];
  let observer = null;
  try {
    observer = new PerformanceObserver((list) => inputs.push(...list.getEntries()));
    observer.observe({ type: "event", durationThreshold: 16, buffered: true });
  } catch {
    // No Event Timing: an answer counts from when the page saw it.
  }
  const shows = (mark) => {
    const css = getComputedStyle(mark, "::after").content;
    const tip = mark.closest(".chart-plot")?.querySelector(".chart-tip:not([hidden])");
    return (css && css !== "none" && css !== "normal") || (tip && tip.textContent.includes(mark.dataset.label));
  };
  let checking = false;
  const onPointer = (e) => {
    const mark = e.target.closest?.(".mark");
    if (!mark || bench.answered !== null) return;
    if (e.type === "mouseover") overs.set(mark, e.timeStamp);
    if (checking) return;
    checking = true;
    // Once the frame that handled the event has been painted.
    requestAnimationFrame(() =>
      setTimeout(() => {
        checking = false;
        if (bench.answered !== null || !mark.matches(":hover")) return;
        if (!shows(mark)) return void unanswered.add(mark);
        const over = overs.get(mark);
        if (over === undefined || observer === null || unanswered.has(mark)) {
          bench.answered = performance.now();
          return;
        }
        inputs.push(...observer.takeRecords());
        const entry = inputs.find((x) => (x.name === "mouseover" || x.name === "pointerover") && Math.abs(x.startTime - over) < 1);
        bench.answered = over + (entry ? entry.duration : 16);
      }),
    );
  };
  addEventListener("mouseover", onPointer, { capture: true, passive: true });
  addEventListener("mousemove", onPointer, { capture: true, passive: true });
}

/**
 * Runs in the page before any of its scripts. Records long tasks; when the page becomes
 * live (`ready`: app — `.rural-story-root[data-live]`, the wasm took over; baseline —
 * `[data-drawn]`, its script ran; MutationObserver, so exact); when the charts on the first
 * screen are on screen, live or not (`painted`); and, checking once per animation frame from
 * `ready` on, when every chart on the first screen is drawn and live (`drawn`).
 *
 * Before `ready` it asks the page for nothing that would make it render or lay out: an
 * IntersectionObserver reports each drawing's box as the page renders it. Polling every
 * animation frame with getBoundingClientRect from the first frame, as this did before, made
 * the page render and lay out every frame while it was parsed: about 250 ms of long tasks on
 * the story page at 4× CPU (277 against 28 ms without a probe) that a reader's page does not
 * have. This probe still adds about 75 ms (102 ms).
 */
export function instrument(kind) {
  const bench = { long: [], ready: null, painted: null, drawn: null, charts: 0, wasmMemory: null };
  window.__bench = bench;
  try {
    bench.observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.long.push(entry.duration);
    });
    bench.observer.observe({ type: "longtask", buffered: true });
  } catch {
    // No long-task timing: TBT reads 0.
  }
  addEventListener("TrunkApplicationStarted", (e) => {
    bench.wasmMemory = e.detail?.wasm?.memory ?? null;
  });
  const charts = kind === "app" ? "figure.chart svg, section.steps svg" : "svg";
  const shapes = "rect, path, line, polyline, polygon, circle";

  // Painted. Each drawing in the page is observed once parsed (looked for every 10 ms in the
  // page's live list of SVGs: a MutationObserver on the whole document would be called after
  // every slice of parsing); the first screen's are those the observer reports meeting the
  // viewport with a box (the app's page also holds drawings CSS does not show: the other
  // scale, the other width, other tour steps).
  const svgs = document.getElementsByTagName("svg");
  const inView = new Map();
  const unreported = new Set();
  const firstScreenDrawn = () =>
    unreported.size === 0 && [...inView].every(([svg, shown]) => !shown || svg.querySelector(shapes));
  const io = new IntersectionObserver((entries) => {
    for (const e of entries) {
      unreported.delete(e.target);
      inView.set(e.target, e.isIntersecting && e.boundingClientRect.width > 0 && e.boundingClientRect.height > 0);
    }
    // The time of the frame in which the boxes were found: the frame that paints them.
    if (bench.painted === null && firstScreenDrawn()) bench.painted = entries[0].time;
  });
  let stamping = false;
  let scanned = 0;
  const discover = () => {
    if (bench.painted !== null) return;
    for (; scanned < svgs.length; scanned++) {
      const svg = svgs[scanned];
      if (!svg.matches(charts)) continue;
      inView.set(svg, false);
      unreported.add(svg);
      io.observe(svg);
    }
    // A drawing's shapes parsed after its box was reported: painted in the next frame.
    if (!stamping && inView.size > 0 && firstScreenDrawn()) {
      stamping = true;
      requestAnimationFrame(() => (bench.painted ??= performance.now()));
    }
    setTimeout(discover, 10);
  };
  discover();

  // Ready, then drawn. Drawings in content the page skips (`content-visibility: auto`, laid
  // out only near the screen) are not on the first screen; their boxes are not asked for.
  const live = kind === "app" ? ".rural-story-root[data-live]" : "[data-drawn]";
  const skipped = (svg) => svg.checkVisibility() && !svg.checkVisibility({ contentVisibilityAuto: true });
  const shownNow = () =>
    [...document.querySelectorAll(charts)].filter((svg) => {
      if (skipped(svg)) return false;
      const r = svg.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && r.top < innerHeight && r.bottom >= 0 && r.left < innerWidth && r.right >= 0;
    });
  const tick = () => {
    const onScreen = shownNow();
    if (onScreen.every((svg) => svg.querySelector(shapes))) {
      bench.drawn = performance.now();
      bench.charts = onScreen.length;
    } else {
      requestAnimationFrame(tick);
    }
  };
  const readyNow = () => {
    if (bench.ready !== null || !document.querySelector(live)) return false;
    bench.ready = performance.now();
    requestAnimationFrame(tick);
    return true;
  };
  // Both pages mark an element that is already there: attributes alone are watched.
  const mo = new MutationObserver(() => readyNow() && mo.disconnect());
  mo.observe(document, { subtree: true, attributes: true, attributeFilter: ["data-live", "data-drawn"] });
}

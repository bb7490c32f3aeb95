// In an iframe, tells the parent page this page's height (see ARCHITECTURE.md, "Frames").
// Runs before and without the wasm, so a frame fits the prerendered story at once.
(function () {
  "use strict";
  if (parent === window) return;
  var root = document.documentElement;
  // style.css: nothing sized from the viewport of a frame that grows to its content.
  root.setAttribute("data-framed", "");
  var query = new URLSearchParams(location.search);
  var page = document.getElementById("rural-story");
  var name = query.get("childId") || query.get("id") || (page && page.getAttribute("data-chart")) || "story";
  var last = -1;

  function report(always) {
    var height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last && !always) return;
    last = height;
    var dw = {};
    dw[name] = height;
    [
      { type: "rural-story:height", id: name, height: height },
      { "datawrapper-height": dw },
      { sentinel: "amp", type: "embed-size", height: height },
      "pymxPYMx" + name + "xPYMxheightxPYMx" + height,
    ].forEach(function (message) {
      parent.postMessage(message, "*");
    });
  }

  // Measured at start: out-of-view cross-origin frames are not rendered, so not observed.
  report(false);
  if (window.ResizeObserver) new ResizeObserver(function () { report(false); }).observe(root);
  // embed.js asks once it starts, in case it missed the first report.
  addEventListener("message", function (event) {
    if (event.source === parent && event.data === "rural-story:request-height") report(true);
  });
})();

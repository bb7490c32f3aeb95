/*
 * The host page's side of the widget. Include it once per page:
 *   <script src="https://WIDGET/embed.js" defer></script>
 * - Sizes every iframe of the widget to the height the widget reports (messages are
 *   accepted only from the widget's own origin).
 * - Mounts the widget into every <div data-rural-story> placeholder (data-chart, data-lang,
 *   data-theme; a story of the host's own in a <script type="application/json"> inside or
 *   right after it), each in a shadow root, starting the WebAssembly only when a
 *   placeholder comes near the viewport.
 * It never throws into the host page: failures are reported on the console and in place.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || window.__ruralStoryEmbed) return;
  window.__ruralStoryEmbed = true;
  var base = new URL(".", script.src).href;
  var origin = new URL(base).origin;

  function heightOf(data) {
    if (!data) return null;
    if (typeof data === "string") {
      var parts = data.split("xPYMx");
      return parts.length === 4 && parts[2] === "height" ? Number(parts[3]) : null;
    }
    if (data.type === "rural-story:height") return Number(data.height);
    if (data.sentinel === "amp" && data.type === "embed-size") return Number(data.height);
    return null;
  }

  window.addEventListener("message", function (event) {
    if (event.origin !== origin) return;
    var height = heightOf(event.data);
    if (!(height > 0 && height < 100000)) return;
    var frames = document.querySelectorAll("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + "px";
        frames[i].setAttribute("height", String(Math.ceil(height)));
      }
    }
  });

  var widget = null;
  function start() {
    if (!widget) {
      widget = import(base + "rural-story.js").then(function (module) {
        return module.default({ module_or_path: base + "rural-story_bg.wasm" }).then(function () {
          return module;
        });
      });
    }
    return widget;
  }

  function mount(placeholder) {
    start()
      .then(function (module) {
        module.mount_embed(placeholder, base);
      })
      .catch(function (error) {
        console.error("rural-story embed:", error);
        placeholder.setAttribute("data-rural-story-error", String(error));
      });
  }

  function watch() {
    var placeholders = document.querySelectorAll("[data-rural-story]");
    if (!placeholders.length) return;
    if (!("IntersectionObserver" in window)) {
      placeholders.forEach(mount);
      return;
    }
    var observer = new IntersectionObserver(
      function (entries) {
        entries.forEach(function (entry) {
          if (entry.isIntersecting) {
            observer.unobserve(entry.target);
            mount(entry.target);
          }
        });
      },
      { rootMargin: "300px 0px" }
    );
    placeholders.forEach(function (p) {
      observer.observe(p);
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", watch);
  else watch();
})();

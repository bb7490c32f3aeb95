/*
 * The host page's side of the widget. Include it once per page:
 *   <script src="https://WIDGET/embed.js" defer></script>
 * - Sizes every iframe of the widget to the height the widget reports. It listens only to
 *   the frames it manages (iframes whose address is under the widget's address), whether
 *   they run on the widget's origin or sandboxed (origin "null").
 * - Mounts the widget into every <div data-rural-story> placeholder (data-chart, data-lang,
 *   data-theme; a story of the host's own in a <script type="application/json"> inside or
 *   right after it), each in a shadow root, starting the WebAssembly only when a
 *   placeholder comes near the viewport.
 * It never throws into the host page: failures are reported on the console and in place,
 * and a placeholder whose widget cannot start keeps its own content.
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

  /** Whether `frame` shows the widget: its address is under the widget's address. */
  function isWidgetFrame(frame) {
    try {
      return new URL(frame.getAttribute("src") || "", document.baseURI).href.indexOf(base) === 0;
    } catch (error) {
      return false;
    }
  }

  /** The widget's iframe that sent `event`, or null if it comes from anything else. */
  function managedFrame(event) {
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (!isWidgetFrame(frame)) return null;
      // A sandboxed frame without allow-same-origin has an opaque origin: "null".
      var sandboxed = frame.hasAttribute("sandbox") && event.origin === "null";
      return event.origin === origin || sandboxed ? frame : null;
    }
    return null;
  }

  /** Frames whose widget started before this script: they reported before anyone listened. */
  function askForHeights() {
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (isWidgetFrame(frames[i]) && frames[i].contentWindow) {
        // "*": a sandboxed frame's origin is opaque; the request carries nothing.
        frames[i].contentWindow.postMessage("rural-story:request-height", "*");
      }
    }
  }

  window.addEventListener("message", function (event) {
    var height = heightOf(event.data);
    if (!(height > 0 && height < 100000)) return;
    var frame = managedFrame(event);
    if (!frame) return;
    var px = String(Math.ceil(height));
    frame.style.height = px + "px";
    frame.setAttribute("height", px);
  });

  var widget = null;
  function start() {
    if (!widget) {
      var glue = new URL("rural-story-embed.js", base).href;
      var wasm = new URL("rural-story-embed_bg.wasm", base).href;
      widget = import(glue)
        .then(function (module) {
          return module.default({ module_or_path: wasm }).then(function () {
            return module;
          });
        })
        .catch(function (error) {
          var crossOrigin = origin !== location.origin;
          throw new Error(
            "could not load " + glue + " and " + wasm + " (" + error + ")" +
              (crossOrigin
                ? ". They are on another origin than this page: the server at " + origin +
                  " must send Access-Control-Allow-Origin for them (see the widget's README, Embedding)."
                : "")
          );
        });
    }
    return widget;
  }

  function mount(placeholder) {
    start()
      .then(function (module) {
        // Named here, not in the wasm: publishing renames it (a content hash) in this file.
        module.mount_embed(placeholder, base, new URL("style.css", base).href);
      })
      .catch(function (error) {
        console.error("rural-story embed:", error.message || error);
        placeholder.setAttribute("data-rural-story-error", String(error.message || error));
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

  function ready() {
    askForHeights();
    watch();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ready);
  else ready();
})();

// bearing serve: reloads this page when the site is rebuilt, and lists the plan's errors over it while it has
// some. Injected into pages by `bearing serve` only; `bearing build` never writes it.
(function () {
  "use strict";
  var served = document.currentScript.getAttribute("data-build");
  var overlay = null;
  var retry = 250;

  // The errors as text nodes (never as HTML: a message quotes what the user wrote).
  function show(state) {
    if (overlay) { overlay.remove(); overlay = null; }
    var errors = state.errors || [];
    if (!errors.length) return;
    overlay = document.createElement("aside");
    overlay.id = "bearing-serve-errors";
    overlay.setAttribute("role", "alert");
    overlay.style.cssText = "position:fixed;left:1rem;right:1rem;bottom:1rem;max-height:50vh;overflow:auto;" +
      "z-index:2147483647;background:#fff4f4;color:#5a0010;border:2px solid #c0182c;border-radius:6px;" +
      "padding:.75rem 1rem;font:14px/1.45 ui-monospace,SFMono-Regular,Menlo,monospace;box-shadow:0 6px 24px rgba(0,0,0,.3)";
    var title = document.createElement("strong");
    title.textContent = errors.length + (errors.length === 1 ? " error" : " errors") +
      (state.kept ? " \u2014 showing the last build without errors" : "");
    overlay.appendChild(title);
    var list = document.createElement("ul");
    list.style.cssText = "margin:.5rem 0 0;padding-left:1.25rem";
    errors.forEach(function (error) {
      var item = document.createElement("li");
      item.textContent = error.location + ": " + error.message;
      list.appendChild(item);
    });
    overlay.appendChild(list);
    document.body.appendChild(overlay);
  }

  function connect() {
    var socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/__bearing/live");
    socket.onmessage = function (event) {
      var state = JSON.parse(event.data);
      retry = 250;
      // Another build than this page's (a newer one, or a restarted server's): load it.
      if (state.build !== served) { location.reload(); return; }
      show(state);
    };
    // The server restarted or the laptop slept: try again, less and less often.
    socket.onclose = function () { setTimeout(connect, retry); retry = Math.min(retry * 2, 4000); };
  }
  connect();
})();

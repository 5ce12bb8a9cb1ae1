// Filters the search index as you type. Results are built with textContent and element properties only:
// nothing from the index is ever parsed as HTML.
(function () {
  "use strict";
  var input = document.getElementById("q");
  var list = document.getElementById("search-list");
  var status = document.getElementById("search-status");
  var index = window.BEARING_SEARCH;
  if (!input || !list || !index) { return; }
  var root = document.body.getAttribute("data-root") || "";
  function words(text) { return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean); }
  function render(query) {
    var wanted = words(query);
    while (list.firstChild) { list.removeChild(list.firstChild); }
    var shown = 0;
    index.entries.forEach(function (entry) {
      var haystack = entry.text;
      if (wanted.length && !wanted.every(function (w) { return haystack.indexOf(w) !== -1; })) { return; }
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = root + entry.href;
      a.textContent = entry.title;
      var meta = document.createElement("span");
      meta.className = "muted";
      meta.textContent = " " + entry.kind + (entry.where ? " · " + entry.where : "");
      li.appendChild(a);
      li.appendChild(meta);
      list.appendChild(li);
      shown += 1;
    });
    status.textContent = wanted.length ? shown + " result" + (shown === 1 ? "" : "s") : "All " + shown + " entries";
  }
  input.addEventListener("input", function () { render(input.value); });
  // Submitting the form reloads this page with ?q=…; start from that query.
  var match = /[?&]q=([^&]*)/.exec(window.location.search);
  if (match) { input.value = decodeURIComponent(match[1].replace(/\+/g, " ")); }
  render(input.value);
})();

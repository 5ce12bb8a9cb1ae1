// Searches the index (assets/search-index.js, written by SearchIndex.swift) as you type. Results are built with
// textContent and element properties only: nothing from the index is ever parsed as HTML.
(function () {
  "use strict";
  var input = document.getElementById("q");
  var list = document.getElementById("search-list");
  var browse = document.getElementById("search-browse");
  var status = document.getElementById("search-status");
  var index = window.BEARING_SEARCH;
  if (!input || !list || !index) { return; }
  var LIMIT = 100;
  var words = index.words ? index.words.split(" ") : [];
  // The same rule as SearchIndex.slug: an href left out of the index is prefix + slug(title) + suffix.
  function slug(title) { return title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, ""); }
  function numbers(text) { return text ? text.split(" ").map(function (n) { return parseInt(n, 36); }) : []; }
  function terms(text) { return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean); }
  var entries = index.priorities.map(function (p) {
    return { title: p[0] + " " + p[1], href: p[2], meta: "priority", excerpt: "", haystack: (p[0] + " " + p[1]).toLowerCase() };
  });
  index.groups.forEach(function (group) {
    var kind = group.kind.replace("-", " ");
    group.items.forEach(function (e) {
      var owners = numbers(e[1] || "").map(function (n) { return index.owners[n]; });
      var serves = numbers(e[2] || "").map(function (n) { return index.priorities[n]; }).filter(Boolean);
      var keys = numbers(e[4] || "").map(function (n) { return words[n]; });
      var href = e[5] || group.prefix + slug(e[0]) + group.suffix;
      var meta = [kind, group.label].concat(owners).filter(Boolean).join(" · ");
      if (serves.length) { meta += " · serves " + serves.map(function (p) { return p[0]; }).join(", "); }
      entries.push({
        title: e[0], href: href, meta: meta, excerpt: e[3] || "",
        haystack: [e[0], group.label, owners.join(" "), serves.map(function (p) { return p[0] + " " + p[1]; }).join(" "),
                   e[3] || "", keys.join(" "), href].join(" ").toLowerCase()
      });
    });
  });
  function render(query) {
    var wanted = terms(query);
    while (list.firstChild) { list.removeChild(list.firstChild); }
    if (!wanted.length) {
      list.hidden = true;
      if (browse) { browse.hidden = false; }
      status.textContent = entries.length + " entries: type to search, or browse every title below.";
      return;
    }
    list.hidden = false;
    if (browse) { browse.hidden = true; }
    var found = 0;
    entries.forEach(function (entry) {
      if (!wanted.every(function (w) { return entry.haystack.indexOf(w) !== -1; })) { return; }
      found += 1;
      if (found > LIMIT) { return; }
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = entry.href;
      a.textContent = entry.title;
      var meta = document.createElement("span");
      meta.className = "muted";
      meta.textContent = " " + entry.meta;
      li.appendChild(a);
      li.appendChild(meta);
      if (entry.excerpt) {
        var excerpt = document.createElement("span");
        excerpt.className = "excerpt";
        excerpt.textContent = entry.excerpt;
        li.appendChild(excerpt);
      }
      list.appendChild(li);
    });
    status.textContent = found === 0 ? "No results." : found + " result" + (found === 1 ? "" : "s")
      + (found > LIMIT ? ", the first " + LIMIT + " shown: add a word to narrow them" : "");
  }
  input.addEventListener("input", function () { render(input.value); });
  // Submitting the form reloads this page with ?q=…; start from that query.
  var match = /[?&]q=([^&]*)/.exec(window.location.search);
  if (match) { input.value = decodeURIComponent(match[1].replace(/\+/g, " ")); }
  render(input.value);
})();

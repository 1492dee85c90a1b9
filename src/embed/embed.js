/* loa embed.js: the latest headlines of a loa site, from its JSON Feed, in your page.
 *
 *   <div data-loa-feed="/tin-hoat-dong/feed.json" data-limit="5"></div>
 *   <script src="__LOA_SCRIPT_URL__" async></script>
 *
 * A relative data-loa-feed is read from the site that serves this script. No
 * dependencies; every text is inserted with textContent and only http(s) links are
 * kept, so nothing in a feed can run in the host page. Style it with the classes
 * .loa-feed, .loa-feed-title, .loa-feed-items and time. */
(function () {
  "use strict";
  var SITE = __LOA_BASE__;
  var LANG = __LOA_LANG__;
  var TZ = __LOA_TZ__;
  var script = document.currentScript;
  var origin = script && script.src ? script.src : SITE + "/embed.js";

  function safeUrl(value, against) {
    if (typeof value !== "string" || value === "") return null;
    try {
      var u = new URL(value, against);
      return u.protocol === "https:" || u.protocol === "http:" ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  function link(href, text) {
    var a = document.createElement("a");
    a.href = href;
    a.target = "_top";
    a.rel = "noopener";
    a.textContent = text;
    return a;
  }

  function day(iso) {
    var d = new Date(iso);
    if (isNaN(d.getTime())) return null;
    try {
      return d.toLocaleDateString(LANG, { timeZone: TZ, day: "2-digit", month: "2-digit", year: "numeric" });
    } catch (e) {
      return d.toLocaleDateString();
    }
  }

  function draw(el, feed, feedUrl, limit) {
    var box = document.createElement("div");
    box.className = "loa-feed";
    if (el.getAttribute("data-title") !== "none" && typeof feed.title === "string") {
      var head = document.createElement("p");
      head.className = "loa-feed-title";
      var home = safeUrl(feed.home_page_url, feedUrl);
      if (home) head.appendChild(link(home, feed.title));
      else head.textContent = feed.title;
      box.appendChild(head);
    }
    var list = document.createElement("ul");
    list.className = "loa-feed-items";
    var items = Array.isArray(feed.items) ? feed.items : [];
    for (var i = 0; i < items.length && list.childNodes.length < limit; i++) {
      var item = items[i];
      if (!item || typeof item.title !== "string") continue;
      var li = document.createElement("li");
      var url = safeUrl(item.url, feedUrl);
      if (url) li.appendChild(link(url, item.title));
      else li.appendChild(document.createTextNode(item.title));
      var shown = typeof item.date_published === "string" ? day(item.date_published) : null;
      if (shown) {
        var t = document.createElement("time");
        t.setAttribute("datetime", item.date_published);
        t.textContent = shown;
        li.appendChild(document.createTextNode(" "));
        li.appendChild(t);
      }
      list.appendChild(li);
    }
    box.appendChild(list);
    while (el.firstChild) el.removeChild(el.firstChild);
    el.appendChild(box);
  }

  function render(el) {
    if (el.getAttribute("data-loa-state")) return;
    el.setAttribute("data-loa-state", "loading");
    var feedUrl = safeUrl(el.getAttribute("data-loa-feed") || "/feed.json", origin);
    var limit = parseInt(el.getAttribute("data-limit"), 10);
    if (!(limit > 0)) limit = 5;
    if (limit > 50) limit = 50;
    if (!feedUrl) {
      el.setAttribute("data-loa-state", "error");
      return;
    }
    fetch(feedUrl, { credentials: "omit" })
      .then(function (r) {
        if (!r.ok) throw new Error("HTTP " + r.status);
        return r.json();
      })
      .then(function (feed) {
        draw(el, feed || {}, feedUrl, limit);
        el.setAttribute("data-loa-state", "done");
      })
      ["catch"](function () {
        el.setAttribute("data-loa-state", "error");
      });
  }

  function run() {
    var nodes = document.querySelectorAll("div[data-loa-feed]");
    for (var i = 0; i < nodes.length; i++) render(nodes[i]);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", run);
  else run();
})();

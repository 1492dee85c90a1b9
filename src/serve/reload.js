// loa serve: reloads this page when a rebuild changed it, and shows build errors
// over the page until they are fixed. Served only by `loa serve`, never built.
(() => {
  "use strict";
  const missing = document.currentScript && document.currentScript.hasAttribute("data-missing");
  const key = () => {
    let p = decodeURIComponent(location.pathname).replace(/^\/+/, "");
    if (p === "" || p.endsWith("/")) p += "index.html";
    return p;
  };
  let server = null;
  // The overlay's words, in the language of loa's messages (sent with `hello`).
  let labels = { title: "", close: "" };
  let overlay = null;
  const hide = () => {
    if (overlay) overlay.remove();
    overlay = null;
  };
  const show = (text) => {
    hide();
    overlay = document.createElement("div");
    overlay.setAttribute("role", "alert");
    overlay.style.cssText =
      "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.94);" +
      "color:#f5f5f5;font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;padding:2em";
    const title = document.createElement("div");
    title.textContent = labels.title;
    title.style.cssText = "color:#ff8a80;font-weight:bold;margin-bottom:1em";
    const pre = document.createElement("pre");
    pre.textContent = text;
    pre.style.cssText = "white-space:pre-wrap;margin:0";
    const close = document.createElement("button");
    close.textContent = "×";
    close.setAttribute("aria-label", labels.close);
    close.style.cssText = "position:absolute;top:1em;right:1em;font-size:20px;background:none;color:inherit;border:0;cursor:pointer";
    close.onclick = hide;
    overlay.append(close, title, pre);
    document.body.append(overlay);
  };
  const events = new EventSource("/__loa/events");
  events.addEventListener("hello", (e) => {
    const d = JSON.parse(e.data);
    // The server restarted: what we show may be stale.
    if (server !== null && server !== d.server) location.reload();
    server = d.server;
    if (d.labels) labels = d.labels;
    if (d.problem) show(d.problem); else hide();
  });
  events.addEventListener("problem", (e) => show(JSON.parse(e.data).text));
  events.addEventListener("reload", (e) => {
    const d = JSON.parse(e.data);
    hide();
    if (d.all || missing || d.paths.includes(key())) location.reload();
  });
})();

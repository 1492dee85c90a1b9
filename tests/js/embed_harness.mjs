// Runs a loa embed.js in Node against a tiny stand-in DOM and a stubbed fetch,
// then prints what it built in the host <div> as HTML (text escaped), so the Rust
// test can check that feed text never becomes markup.
//
// usage: node embed_harness.mjs EMBED_JS FEED_JSON [data-loa-feed] [data-limit]
import { readFileSync } from "node:fs";

const [, , scriptPath, feedPath, feedAttr = "/tin-tuc/feed.json", limit = "5"] = process.argv;
const feed = JSON.parse(readFileSync(feedPath, "utf8"));
// What a hostile or broken feed could hold.
feed.items.push({ id: "x", title: "Bài có liên kết lạ", url: "javascript:alert(1)", content_html: "" });
feed.items.push({ id: "y", title: 42, url: "https://example.org/y/", content_html: "" });

class Node {
  constructor(tag) {
    this.tagName = tag;
    this.attributes = {};
    this.childNodes = [];
    this.text = null;
  }
  get firstChild() { return this.childNodes[0] || null; }
  appendChild(c) { this.childNodes.push(c); return c; }
  removeChild(c) { this.childNodes = this.childNodes.filter((x) => x !== c); return c; }
  setAttribute(k, v) { this.attributes[k] = String(v); }
  getAttribute(k) { return k in this.attributes ? this.attributes[k] : null; }
  set textContent(v) { this.childNodes = [text(String(v))]; }
  set className(v) { this.attributes.class = v; }
  set href(v) { this.attributes.href = v; }
  set target(v) { this.attributes.target = v; }
  set rel(v) { this.attributes.rel = v; }
  set innerHTML(v) { throw new Error("innerHTML used"); }
}
const text = (t) => Object.assign(new Node("#text"), { text: t });
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const html = (n) =>
  n.tagName === "#text"
    ? esc(n.text)
    : `<${n.tagName}${Object.entries(n.attributes).map(([k, v]) => ` ${k}="${esc(v)}"`).join("")}>${n.childNodes.map(html).join("")}</${n.tagName}>`;

const host = new Node("div");
host.setAttribute("data-loa-feed", feedAttr);
host.setAttribute("data-limit", limit);
let fetched = null;
globalThis.document = {
  currentScript: { src: "https://example.org/embed.js" },
  readyState: "complete",
  createElement: (tag) => new Node(tag),
  createTextNode: text,
  querySelectorAll: () => [host],
  addEventListener: () => {},
};
globalThis.fetch = async (url) => {
  fetched = String(url);
  return { ok: true, json: async () => feed };
};
new Function(readFileSync(scriptPath, "utf8"))();
await new Promise((r) => setTimeout(r, 50));
console.log(JSON.stringify({ fetched, state: host.getAttribute("data-loa-state"), html: html(host) }));

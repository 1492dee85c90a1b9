// A Netlify scheduled function: every 15 minutes it reads the live site's
// /loa-schedule.json (written by every `loa build`) and, when the output is due
// to change (a future-dated article going live, an article expiring or leaving
// the news sitemap), calls the site's build hook so the change really happens.
//
// Settings (Site configuration > Environment variables):
//   LOA_BUILD_HOOK_URL  the build hook URL (Site configuration > Build hooks)
//   LOA_SITE_URL        optional; defaults to the site's main URL (URL)

// What the kinds of loa-schedule.json mean (the file names no page: embargoed
// stories stay unnamed until they are live).
const WHAT = {
  publish: "a scheduled page goes live",
  expire: "a page expires",
  "news-sitemap": "an article leaves the news sitemap",
};

export async function due(siteUrl, now = Date.now(), fetchImpl = fetch) {
  const res = await fetchImpl(new URL("/loa-schedule.json", siteUrl), {
    headers: { "cache-control": "no-cache" },
  });
  if (!res.ok) return { due: false, why: `loa-schedule.json: HTTP ${res.status}` };
  const schedule = await res.json();
  const next = schedule && typeof schedule.next_change === "string" ? Date.parse(schedule.next_change) : NaN;
  if (Number.isNaN(next)) return { due: false, why: "no change scheduled" };
  if (next > now) return { due: false, why: `next change at ${schedule.next_change}` };
  return { due: true, why: `${WHAT[schedule.next_kind] || "a change"} at ${schedule.next_change}` };
}

export default async function handler() {
  const hook = process.env.LOA_BUILD_HOOK_URL;
  const site = process.env.LOA_SITE_URL || process.env.URL;
  if (!hook || !site) {
    console.log("scheduled-rebuild: set LOA_BUILD_HOOK_URL (and LOA_SITE_URL) to enable it");
    return new Response("not configured\n");
  }
  const state = await due(site);
  if (!state.due) {
    console.log(`scheduled-rebuild: nothing to do (${state.why})`);
    return new Response(`${state.why}\n`);
  }
  const res = await fetch(hook, { method: "POST" });
  console.log(`scheduled-rebuild: ${state.why}; build hook answered ${res.status}`);
  return new Response(`rebuild requested: ${state.why}\n`);
}

export const config = { schedule: "*/15 * * * *" };

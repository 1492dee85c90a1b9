// Checks the scheduled-rebuild function's decision against a loa-schedule.json.
// usage: node schedule_check.mjs FUNCTION_MJS SCHEDULE_JSON NOW_ISO
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [, , fn, schedulePath, now] = process.argv;
const { due } = await import(pathToFileURL(fn).href);
const body = readFileSync(schedulePath, "utf8");
let asked = null;
const fakeFetch = async (url) => {
  asked = String(url);
  return { ok: true, status: 200, json: async () => JSON.parse(body) };
};
const result = await due("https://example.org", Date.parse(now), fakeFetch);
console.log(JSON.stringify({ asked, ...result }));

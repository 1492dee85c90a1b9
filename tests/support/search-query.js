// Runs loa's search.js in Node over a built site's index, for the integration tests.
//
// usage: node tests/support/search-query.js <site-output-dir> <query>...
// A query starting with `~` runs as while typing (its last word matches as a prefix).
// Prints JSON: [{query, total, results: [{title, url, exact, phrase, snippet}]}],
// the snippet with its highlighted words in [brackets]. With `--fold`, prints the
// folded form of each argument instead: [fold(a), fold(b), ...].
'use strict';
const fs = require('fs');
const path = require('path');
const search = require(path.join(__dirname, '..', '..', 'src', 'search', 'search.js'));

const [dir, ...args] = process.argv.slice(2);
if (dir === '--fold') {
  process.stdout.write(JSON.stringify(args.map(search.fold)));
  process.exit(0);
}
const load = (p) => Promise.resolve(JSON.parse(fs.readFileSync(path.join(dir, 'search', p.split('?')[0]), 'utf8')));
const engine = search.engine(load);

(async () => {
  const out = [];
  for (const query of args) {
    const typing = query.startsWith('~');
    const res = await engine.query(typing ? query.slice(1) : query, typing);
    const results = [];
    for (const r of res.results) {
      const d = await engine.doc(r.doc);
      const snippet = search.snippet(d.x, res.terms).map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');
      results.push({ title: d.t, url: d.u, date: d.d, section: d.s, exact: r.exact, phrase: r.phrase, snippet });
    }
    out.push({ query, total: res.total, results });
  }
  process.stdout.write(JSON.stringify(out));
})().catch((e) => {
  process.stderr.write(String(e.stack || e) + '\n');
  process.exit(1);
});

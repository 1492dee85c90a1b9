// What the first search query downloads on a built site: the manifest, the shards of
// the query's words and the result documents of the first 10 results, plus
// /search.js, in bytes as stored and gzip-compressed (as static hosts serve JSON).
//
// usage: node bench/search-download.js <site-output-dir> <query>...
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const search = require(path.join(__dirname, '..', 'src', 'search', 'search.js'));

const [dir, ...queries] = process.argv.slice(2);
const size = (file) => {
  const bytes = fs.readFileSync(file);
  return [bytes.length, zlib.gzipSync(bytes, { level: 6 }).length];
};
const kb = (n) => (n / 1024).toFixed(1) + ' KB';
const script = size(path.join(dir, 'search.js'));

(async () => {
  for (const q of queries) {
    const fetched = new Map();
    const load = (p) => {
      const file = path.join(dir, 'search', p.split('?')[0]);
      if (!fetched.has(file)) fetched.set(file, size(file));
      return Promise.resolve(JSON.parse(fs.readFileSync(file, 'utf8')));
    };
    const engine = search.engine(load);
    const t0 = process.hrtime.bigint();
    const res = await engine.query(q, false);
    await Promise.all(res.results.slice(0, 10).map((r) => engine.doc(r.doc)));
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    let raw = script[0];
    let gz = script[1];
    for (const [, [r, g]] of fetched) {
      raw += r;
      gz += g;
    }
    const shards = [...fetched.keys()].filter((f) => f.includes(`${path.sep}i${path.sep}`)).length;
    console.log(`${JSON.stringify(q)}: ${res.total} results; ${fetched.size} files (${shards} shards) + search.js: ${kb(raw)} stored, ${kb(gz)} gzipped; ranked in ${ms.toFixed(0)} ms`);
  }
})();

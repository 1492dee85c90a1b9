/* loa site search: static index, no framework, no external requests.
 *
 * The page needs a form.search-form (data-index: the index URL, default /search/)
 * holding an <input type="search">, a .search-status, an ol.search-results and an
 * optional button.search-more. Queries fold like loa's Rust fold(): lowercase, NFD,
 * marks U+0300-U+036F (and the other combining-mark blocks) dropped, đ -> d.
 * Ranking: documents holding every word first, then those holding the exact marked
 * forms typed ("đường" before "dương"), then those holding the words as a phrase,
 * then by a BM25-like score in which title and tags weigh more than the body. While
 * typing, the last word also matches the longer words it starts, unless it is a word
 * of the index itself. */
(function () {
  'use strict';

  var MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
  var CJK = '\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff';
  var WORD = new RegExp('[' + CJK + ']|(?:(?![' + CJK + '])[\\p{L}\\p{N}\\p{M}])+' +
    '(?:[\'\u2019\u02bc](?:(?![' + CJK + '])[\\p{L}\\p{N}\\p{M}])+)*', 'gu');
  var APOSTROPHES = /['\u2019\u02bc]/g;
  var ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
  var VALUE = [];
  for (var a = 0; a < ALPHABET.length; a++) VALUE[ALPHABET.charCodeAt(a)] = a;
  var MAX_TERMS = 12;
  var MAX_PREFIX_SHARDS = 3;

  function fold(s) {
    return s.toLowerCase().normalize('NFD').replace(MARKS, '').replace(/[\u0111\u00f0]/g, 'd').normalize('NFC');
  }

  /* The words of a text with their offsets: [{word (lowercase NFC, no apostrophes), folded, start, end}]. */
  function words(text) {
    var out = [];
    var m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) {
      var word = m[0].replace(APOSTROPHES, '').toLowerCase().normalize('NFC');
      out.push({ word: word, folded: fold(word), start: m.index, end: m.index + m[0].length });
    }
    return out;
  }

  /* Query terms; the last one matches as a prefix when `prefix` and it has 2+ letters. */
  function terms(query, prefix) {
    var list = words(query).slice(0, MAX_TERMS).map(function (w) {
      return { exact: w.word, folded: w.folded, marked: w.word !== w.folded, prefix: false };
    });
    if (prefix && list.length && !/\s$/.test(query) && list[list.length - 1].folded.length >= 2) {
      list[list.length - 1].prefix = true;
    }
    return list;
  }

  /* One key's postings: [{doc, fields, mask, positions}]. */
  function decode(entry) {
    var s = entry[0];
    var maskFrom = entry[1];
    var at = 0;
    function next() {
      var n = 0;
      var scale = 1;
      var v;
      do {
        v = VALUE[s.charCodeAt(at++)];
        n += (v & 31) * scale;
        scale *= 32;
      } while (v & 32);
      return n;
    }
    var out = [];
    var doc = 0;
    while (at < s.length) {
      var i = out.length;
      var delta = next();
      doc = i === 0 ? delta : doc + delta;
      var head = next();
      var count = Math.floor(head / 8);
      var mask = i >= maskFrom ? next() : 1;
      var positions = [];
      var p = 0;
      for (var j = 0; j < count; j++) {
        var d = next();
        p = j === 0 ? d : p + d;
        positions.push(p);
      }
      out.push({ doc: doc, fields: head & 7, mask: mask, positions: positions });
    }
    return out;
  }

  function bits(n) {
    var c = 0;
    for (; n; n &= n - 1) c++;
    return c;
  }

  /* The search engine over an index reached through `load(path)` -> Promise of JSON. */
  function engine(load) {
    var manifest = null;
    var shards = {};

    function ready() {
      if (!manifest) {
        manifest = load('index.json').then(function (m) {
          if (m.version !== 1) throw new Error('search index version ' + m.version);
          return m;
        });
      }
      return manifest;
    }

    function shardOf(m, key) {
      var lo = 0;
      var hi = m.shards.length - 1;
      while (lo < hi) {
        var mid = (lo + hi + 1) >> 1;
        if (m.shards[mid] <= key) lo = mid; else hi = mid - 1;
      }
      return lo;
    }

    function shard(m, n) {
      if (!shards[n]) shards[n] = load('i/' + n + '.json?v=' + m.build);
      return shards[n];
    }

    /* Every key of the index a term matches: [{key, entry}]. */
    function lookup(m, term) {
      if (!m.shards.length) return Promise.resolve([]);
      var first = shardOf(m, term.folded);
      var last = term.prefix ? shardOf(m, term.folded + '\uffff') : first;
      if (last - first >= MAX_PREFIX_SHARDS) last = first;
      var wanted = [];
      for (var n = first; n <= last; n++) wanted.push(shard(m, n));
      return Promise.all(wanted).then(function (list) {
        var found = [];
        list.forEach(function (s) {
          Object.keys(s).forEach(function (key) {
            if (key === term.folded || (term.prefix && key.indexOf(term.folded) === 0)) {
              found.push({ key: key, entry: s[key] });
            }
          });
        });
        // A word typed whole is not widened to the longer words it starts.
        var whole = found.filter(function (f) { return f.key === term.folded; });
        return whole.length ? whole : found;
      });
    }

    function phrase(pos, count) {
      if (count < 2) return false;
      for (var j = 0; j < count; j++) if (!pos[j]) return false;
      var sets = pos.map(function (p) { return new Set(p); });
      return pos[0].some(function (p) {
        for (var j = 1; j < count; j++) if (!sets[j].has(p + j)) return false;
        return true;
      });
    }

    /* Ranked results for a query: {terms, total, results: [{doc, matched, exact, phrase, score}]}. */
    function query(text, prefix) {
      var ts = terms(text, prefix);
      if (!ts.length) return Promise.resolve({ terms: ts, total: 0, results: [] });
      return ready().then(function (m) {
        return Promise.all(ts.map(function (t) { return lookup(m, t); })).then(function (perTerm) {
          var byDoc = new Map();
          var n = m.documents;
          perTerm.forEach(function (keys, ti) {
            var t = ts[ti];
            keys.forEach(function (k) {
              var postings = decode(k.entry);
              var df = postings.length;
              var idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
              var exactIndex = k.entry.indexOf(t.exact, 2) - 2;
              var weight = k.key === t.folded ? 1 : 0.5;
              postings.forEach(function (p) {
                var r = byDoc.get(p.doc);
                if (!r) {
                  r = { doc: p.doc, matched: 0, exact: 0, phrase: false, score: 0, pos: [] };
                  byDoc.set(p.doc, r);
                }
                var tf = Math.max(1, p.positions.length);
                var s = idf * (tf * 2.2) / (tf + 1.2);
                if (p.fields & 1) s += idf * 4;
                if (p.fields & 2) s += idf * 2;
                r.score += s * weight;
                r.matched |= 1 << ti;
                if (t.marked && exactIndex >= 0 && (p.mask >> exactIndex) & 1) r.exact |= 1 << ti;
                r.pos[ti] = (r.pos[ti] || []).concat(p.positions);
              });
            });
          });
          var all = Array.from(byDoc.values());
          var most = all.reduce(function (b, r) { return Math.max(b, bits(r.matched)); }, 0);
          var results = all.filter(function (r) { return bits(r.matched) === most; });
          results.forEach(function (r) {
            r.phrase = phrase(r.pos, ts.length);
            delete r.pos;
          });
          results.sort(function (x, y) {
            return bits(y.exact) - bits(x.exact) ||
              (y.phrase - x.phrase) ||
              (y.score - x.score) ||
              (x.doc - y.doc);
          });
          return { terms: ts, total: results.length, results: results };
        });
      });
    }

    var docFiles = {};
    function doc(id) {
      return ready().then(function (m) {
        var per = m.docs_per_file || 1;
        var n = Math.floor(id / per);
        if (!docFiles[n]) docFiles[n] = load('d/' + n + '.json?v=' + m.build);
        return docFiles[n].then(function (list) { return list[id % per]; });
      });
    }

    return { query: query, doc: doc };
  }

  function matches(w, ts) {
    return ts.some(function (t) {
      return w.folded === t.folded || (t.prefix && w.folded.indexOf(t.folded) === 0);
    });
  }

  /* A short passage of `text` around the best match: [{text, mark}]. */
  function snippet(text, ts, size) {
    size = size || 220;
    var ws = words(text);
    var best = -1;
    var bestScore = 0;
    for (var i = 0; i < ws.length; i++) {
      if (!matches(ws[i], ts)) continue;
      var seen = new Set();
      var score = 0;
      for (var j = i; j < Math.min(ws.length, i + 8); j++) {
        ts.forEach(function (t, k) {
          var w = ws[j];
          if (!seen.has(k) && (w.folded === t.folded || (t.prefix && w.folded.indexOf(t.folded) === 0))) {
            seen.add(k);
            score += t.marked && w.word === t.exact ? 2 : 1;
          }
        });
      }
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    // Start a few words before the best match, or at the top when it is near.
    var start = 0;
    if (best > 0 && ws[best].start > size / 2) {
      start = ws[best].start;
      for (var b = best - 1; b > 0 && ws[best].start - ws[b].start < size / 4; b--) start = ws[b].start;
    }
    var end = Math.min(text.length, start + size);
    if (end < text.length) {
      var cut = text.lastIndexOf(' ', end);
      if (cut > start) end = cut;
    }
    var out = [];
    if (start > 0) out.push({ text: '\u2026', mark: false });
    var at = start;
    ws.forEach(function (w) {
      if (w.start < start || w.end > end || !matches(w, ts)) return;
      if (w.start > at) out.push({ text: text.slice(at, w.start), mark: false });
      out.push({ text: text.slice(w.start, w.end), mark: true });
      at = w.end;
    });
    if (end > at) out.push({ text: text.slice(at, end), mark: false });
    if (end < text.length) out.push({ text: '\u2026', mark: false });
    return out;
  }

  /* ------------------------------------------------------------------ page */

  function fill(el, parts) {
    parts.forEach(function (p) {
      if (p.mark) {
        var m = document.createElement('mark');
        m.textContent = p.text;
        el.appendChild(m);
      } else {
        el.appendChild(document.createTextNode(p.text));
      }
    });
  }

  function init() {
    var form = document.querySelector('form.search-form');
    if (!form) return;
    var input = form.querySelector('input[type="search"], input[name="q"]');
    var list = document.querySelector('.search-results');
    var status = document.querySelector('.search-status');
    var more = document.querySelector('.search-more');
    if (!input || !list) return;
    var base = form.getAttribute('data-index') || '/search/';
    var search = engine(function (path) {
      return fetch(base + path).then(function (r) {
        if (!r.ok) throw new Error(r.status + ' ' + base + path);
        return r.json();
      });
    });
    var PAGE = 10;
    var current = 0;
    var shown = 0;
    var found = null;
    var timer = null;

    function say(text) {
      if (status) status.textContent = text;
    }

    function showMore() {
      var ticket = current;
      var slice = found.results.slice(shown, shown + PAGE);
      shown += slice.length;
      if (more) more.hidden = shown >= found.results.length;
      return Promise.all(slice.map(function (r) { return search.doc(r.doc); })).then(function (docs) {
        if (ticket !== current) return;
        docs.forEach(function (d) {
          var li = document.createElement('li');
          li.className = 'search-result';
          var h = document.createElement('h2');
          var a = document.createElement('a');
          a.href = d.u;
          fill(a, snippet(d.t, found.terms, 1000));
          h.appendChild(a);
          li.appendChild(h);
          var meta = document.createElement('p');
          meta.className = 'meta';
          var time = document.createElement('time');
          time.dateTime = d.i;
          time.textContent = d.d;
          meta.appendChild(time);
          if (d.s) meta.appendChild(document.createTextNode(' \u00b7 ' + d.s));
          li.appendChild(meta);
          var p = document.createElement('p');
          p.className = 'snippet';
          fill(p, snippet(d.x, found.terms));
          li.appendChild(p);
          list.appendChild(li);
        });
      });
    }

    function run(text, prefix) {
      var ticket = ++current;
      shown = 0;
      if (!text.trim()) {
        list.textContent = '';
        say('');
        if (more) more.hidden = true;
        return;
      }
      search.query(text, prefix).then(function (res) {
        if (ticket !== current) return;
        found = res;
        list.textContent = '';
        say(res.total ? res.total + ' ' + (status && status.getAttribute('data-results') || '') :
          (status && status.getAttribute('data-no-results')) || '');
        return showMore();
      }).catch(function (e) {
        if (ticket !== current) return;
        say((status && status.getAttribute('data-error')) || String(e));
        if (window.console) console.warn('search:', e);
      });
    }

    function remember(text) {
      if (!window.history || !history.replaceState) return;
      var url = new URL(window.location.href);
      if (text) url.searchParams.set('q', text); else url.searchParams.delete('q');
      history.replaceState(null, '', url);
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        remember(input.value);
        run(input.value, true);
      }, 120);
    });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      clearTimeout(timer);
      remember(input.value);
      run(input.value, false);
    });
    if (more) more.addEventListener('click', function () { if (found) showMore(); });
    var q = new URLSearchParams(window.location.search).get('q');
    if (q) {
      input.value = q;
      run(q, false);
    }
  }

  var api = { fold: fold, words: words, terms: terms, decode: decode, engine: engine, snippet: snippet };
  if (typeof module === 'object' && module.exports) module.exports = api;
  if (typeof document !== 'undefined') {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
    else init();
  }
})();

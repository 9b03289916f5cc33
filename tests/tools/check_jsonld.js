// Reads a JSON-LD file with jsonld.js (tools/install-npm.sh installs it) as a
// consumer would: expands it and converts it to N-Quads, both in safe mode, in
// which jsonld.js fails instead of dropping a key that maps to no IRI. Prints
// what the tests compare, as JSON:
//   quads: N-Quads lines; claims: subjects typed schema:Claim;
//   claims_with_author: those with a schema:author; names: every schema:name
//   value; types: count of subjects per schema.org / vocabulary type.
// Usage: NODE_PATH=tools/js/node_modules node tests/tools/check_jsonld.js FILE
'use strict';
const fs = require('fs');
const jsonld = require('jsonld');

const S = 'https://schema.org/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

async function main() {
  const doc = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  // Offline: a document that needs a remote context fails here.
  const documentLoader = (url) => { throw new Error('no network: the document loads ' + url); };
  await jsonld.expand(doc, {safe: true, documentLoader});
  const dataset = await jsonld.toRDF(doc, {safe: true, documentLoader});
  const nquads = await jsonld.toRDF(doc, {safe: true, documentLoader, format: 'application/n-quads'});
  const types = {};
  const claims = new Set();
  const authored = new Set();
  const names = [];
  for (const q of dataset) {
    if (q.predicate.value === RDF_TYPE) {
      const t = q.object.value;
      types[t] = (types[t] || 0) + 1;
      if (t === S + 'Claim') claims.add(q.subject.value);
    }
    if (q.predicate.value === S + 'author') authored.add(q.subject.value);
    if (q.predicate.value === S + 'name') names.push(q.object.value);
  }
  let withAuthor = 0;
  for (const c of claims) if (authored.has(c)) withAuthor++;
  const quads = nquads.split('\n').filter((l) => l.length > 0).length;
  process.stdout.write(JSON.stringify({quads, claims: claims.size, claims_with_author: withAuthor, names, types}));
}

main().catch((e) => {
  process.stderr.write('check_jsonld: ' + (e && e.message ? e.message : e) + '\n');
  if (e && e.details) process.stderr.write(JSON.stringify(e.details).slice(0, 2000) + '\n');
  process.exit(1);
});

// Throughput of redact-pii's SyncRedactor on the corpus written by dev.consentry.bench.CorpusDump.
// usage: node bench.js CORPUS.jsonl [seconds]
const fs = require('fs');
const { SyncRedactor } = require('redact-pii');

const file = process.argv[2];
const seconds = Number(process.argv[3] || 10);
const records = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text);
const redactor = new SyncRedactor();

function pass() {
  let bytes = 0;
  for (const r of records) {
    redactor.redact(r);
    bytes += Buffer.byteLength(r, 'utf8');
  }
  return bytes;
}

pass(); // warm-up
let bytes = 0;
const start = process.hrtime.bigint();
let elapsed = 0;
while (elapsed < seconds) {
  bytes += pass();
  elapsed = Number(process.hrtime.bigint() - start) / 1e9;
}
console.log(JSON.stringify({ records: records.length, bytes, seconds: elapsed, mbPerSecond: bytes / 1e6 / elapsed }));

import fs from 'node:fs';
const files = fs.readdirSync('/tmp/prof').map(f => '/tmp/prof/' + f);
for (const f of files) {
  const p = JSON.parse(fs.readFileSync(f));
  const self = new Map(); const byId = new Map(p.nodes.map(n => [n.id, n]));
  const dt = p.timeDeltas; const total = dt.reduce((a, b) => a + b, 0);
  p.samples.forEach((id, i) => { const n = byId.get(id); const k = `${n.callFrame.functionName}@${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + dt[i]); });
  console.log(f, total / 1000);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((v / 1000).toFixed(1), k);
}

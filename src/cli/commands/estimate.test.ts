import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { design, network, node } from '../../../test-support/design.ts';
import { PRICED_REGIONS } from '../../core/catalog/tables.ts';
import { estimateCommand, type EstimateCliOptions } from './estimate.ts';

const dir = mkdtempSync(join(tmpdir(), 'cloudwright-estimate-'));

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

async function run(path: string, opts: EstimateCliOptions) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await estimateCommand(path, opts, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const net = network({ code: 'eu-west-1' });
const doc = design([
  ...net.nodes,
  { ...node('q', 'sqs-queue', net.region), usage: { requestsPerMonth: 3e6 } },
  node('chat', 'wickr', net.region),
]);

describe('cloudwright estimate', () => {
  it('prints the JSON contract', async () => {
    const r = await run(file('d.json', doc), { json: true });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.currency).toBe('USD');
    expect(out.regions).toHaveLength(1);
    const eu = out.regions[0];
    // SQS carbon is not modelled; Wickr is not offered in eu-west-1: both listed, neither counted as 0
    expect(eu).toMatchObject({ region: 'eu-west-1', unknown: ['q'], unavailable: ['chat'] });
    const q = eu.lines.find((l: { node: string }) => l.node === 'q');
    // 3,000,000 requests x 0.0000004 = 1.2 USD
    expect(q).toMatchObject({ node: 'q', service: 'sqs-queue', kgCo2eMonth: null });
    expect(q.monthlyUsd).toBeCloseTo(1.2, 9);
    expect(q.items[0]).toMatchObject({
      item: 'sqs/standard_requests_first_100b',
      quantity: 3e6,
      unit: 'request',
    });
    expect(eu.lines.find((l: { node: string }) => l.node === 'chat')).toMatchObject({
      monthlyUsd: null,
      unavailable: true,
    });
  });

  it('compares all Regions with Pareto marks', async () => {
    const r = await run(file('c.json', doc), { compare: 'all', json: true });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.regions.map((x: { region: string }) => x.region)).toEqual([...PRICED_REGIONS]);
    expect(out.pareto).toHaveLength(PRICED_REGIONS.length);
    // Wickr: 25 users x 5 USD = 125 in us-east-1; not offered in eu-west-3
    expect(
      out.regions[0].lines.find((l: { node: string }) => l.node === 'chat').monthlyUsd,
    ).toBeCloseTo(125, 9);
    expect(
      out.regions.find((x: { region: string }) => x.region === 'eu-west-3').unavailable,
    ).toEqual(['chat']);
  });

  it('compares a list of Regions in a readable table', async () => {
    const r = await run(file('t.json', doc), { compare: 'us-east-1, eu-north-1', json: false });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/REGION\s+USD\/MONTH\s+KG CO2E\/MONTH/);
    expect(r.out).toMatch(/^us-east-1\s+\$/m);
    expect(r.out).toMatch(/^eu-north-1\s+\$/m);
  });

  it('prints a readable estimate without --json', async () => {
    const r = await run(file('r.json', doc), { json: false });
    expect(r.out).toMatch(/r\.json: eu-west-1: \$[\d,.]+\/month/);
    expect(r.out).toMatch(/q\s+sqs-queue\s+\$1\.20\s+unknown/);
    expect(r.out).toMatch(/unknown \(left out of the totals\): q$/m);
    expect(r.out).toMatch(/not offered in eu-west-1: chat/);
  });

  it('moves top-level nodes with --region', async () => {
    const flat = design([{ ...node('q', 'sqs-queue'), usage: { requestsPerMonth: 1e6 } }]);
    const out = JSON.parse(
      (await run(file('f.json', flat), { region: 'ap-south-1', json: true })).out,
    );
    expect(out.regions[0].region).toBe('ap-south-1');
  });

  it('exits 2 with one line on bad input', async () => {
    const path = file('b.json', doc);
    for (const opts of [
      { region: 'mars-north-1' },
      { compare: 'us-east-1,nowhere-1' },
      { compare: ' , ' },
      { region: 'us-east-1', compare: 'all' },
    ]) {
      const r = await run(path, { ...opts, json: true });
      expect(r.code).toBe(2);
      expect(r.err.split('\n')).toHaveLength(1);
      expect(r.out).toBe('');
    }
    const missing = await run(join(dir, 'missing.json'), { json: true });
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/missing\.json: no such file/);
    const invalid = await run(file('bad.json', '{"format":"nope"}'), { json: false });
    expect(invalid.code).toBe(2);
    expect(invalid.err.split('\n')).toHaveLength(1);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { design, network, node } from '../../../test-support/design.ts';
import type { Severity } from '../../core/review/types.ts';
import { review } from './review.ts';

const dir = mkdtempSync(join(tmpdir(), 'cloudwright-review-'));

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

async function run(path: string, json: boolean, failOn?: Severity) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await review(
    path,
    { json, failOn },
    { out: (t) => out.push(t), err: (t) => err.push(t) },
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const net = network();
// An unversioned bucket without a public access block: a medium and a high security finding.
const flawed = design([
  ...net.nodes,
  node('logs', 's3-bucket', net.region, { versioning: false, blockPublicAccess: false }),
]);

describe('cloudwright review', () => {
  it('prints findings and scores as JSON', async () => {
    const r = await run(file('flawed.json', flawed), true);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(Object.keys(doc.scores).sort()).toEqual([
      'cost-optimization',
      'operational-excellence',
      'performance-efficiency',
      'reliability',
      'security',
      'sustainability',
    ]);
    const hit = doc.findings.find(
      (f: { nodes: string[]; rule: string }) => f.rule === 's3-bucket-public-access-block',
    );
    expect(hit).toMatchObject({
      pillar: 'security',
      severity: 'high',
      nodes: ['logs'],
      suppressed: false,
    });
    expect(hit.bestPractice).toMatch(/^SEC\d{2}-BP\d{2}$/);
    expect(typeof hit.remediation).toBe('string');
    expect(typeof hit.title).toBe('string');
  });

  it('prints a readable table', async () => {
    const r = await run(file('flawed-text.json', flawed), false);
    expect(r.out).toMatch(
      /flawed-text\.json: \d+ findings? \(\d+ high, \d+ medium, \d+ low\), 0 suppressed/,
    );
    expect(r.out).toMatch(/Scores: Operational Excellence \d+, Security \d+/);
    expect(r.out).toMatch(
      /high\s+security\s+SEC\d{2}-BP\d{2}\s+s3-bucket-public-access-block\s+logs/,
    );
  });

  it('exits 1 when an open finding is at or above --fail-on', async () => {
    const path = file('fail.json', flawed);
    expect((await run(path, true, 'high')).code).toBe(1);
    expect((await run(path, true, 'low')).code).toBe(1);
  });

  it('does not fail on suppressed findings', async () => {
    const first = JSON.parse((await run(file('all.json', flawed), true)).out) as {
      findings: { rule: string; severity: string }[];
    };
    const high = [
      ...new Set(first.findings.filter((f) => f.severity === 'high').map((f) => f.rule)),
    ];
    expect(high).toContain('s3-bucket-public-access-block');
    const suppressions = high.map((rule) => ({
      rule,
      nodes: rule === 's3-bucket-public-access-block' ? ['logs'] : [],
      justification: 'Public website assets',
    }));
    const r = await run(file('accepted.json', { ...flawed, suppressions }), true, 'high');
    const hit = JSON.parse(r.out).findings.find(
      (f: { rule: string }) => f.rule === 's3-bucket-public-access-block',
    );
    expect(hit).toMatchObject({ suppressed: true, justification: 'Public website assets' });
    expect(r.code).toBe(0);
  });

  it('exits 0 with --fail-on on a design without findings at that level', async () => {
    const r = await run(file('clean.json', design([])), false, 'high');
    expect(r.code).toBe(0);
  });

  it('exits 2 on bad input', async () => {
    expect((await run(file('bad.json', '{"nodes": ['), true)).code).toBe(2);
    const missing = await run(join(dir, 'missing.json'), false);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/missing\.json: no such file/);
    expect((await run(file('ok.json', flawed), false, 'urgent' as Severity)).code).toBe(2);
  });
});

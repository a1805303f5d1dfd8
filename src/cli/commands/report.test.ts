import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { design, network, node } from '../../../test-support/design.ts';
import { reportCommand, type ReportCliOptions } from './report.ts';

const dir = mkdtempSync(join(tmpdir(), 'cloudwright-report-'));
const NOW = new Date('2025-03-01T09:30:00Z');

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

async function run(path: string, opts: ReportCliOptions) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await reportCommand(
    path,
    opts,
    { out: (t) => out.push(t), err: (t) => err.push(t) },
    NOW,
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const net = network();
const flawed = {
  ...design([
    ...net.nodes,
    node('logs', 's3-bucket', net.region, { versioning: false, blockPublicAccess: false }),
  ]),
  name: 'Log <archive>',
};
flawed.nodes.find((n) => n.id === 'logs')!.label = '<img src=x onerror=alert(1)>';

describe('cloudwright report', () => {
  it('writes a Markdown report pre-filled from the review', async () => {
    const out = join(dir, 'report.md');
    const r = await run(file('flawed.json', flawed), { format: 'md', out });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/flawed\.json: report written to .*report\.md \(\d+ open findings?\)/);
    const md = readFileSync(out, 'utf8');
    expect(md).toContain('# Well-Architected review: Log &lt;archive&gt;');
    expect(md).toContain('2025-03-01 · AWS Well-Architected Framework, version 2024-11-06');
    expect(md).toMatch(/SEC08-BP04 Enforce access control\*\* \(high risk; Security, SEC08\)/);
    expect(md).toContain('### As deployed');
    expect(md).toMatch(/\| us-east-1 \| \$[\d,]+\.\d\d \|/);
    expect(md).not.toContain('<img');
  });

  it('writes a standalone HTML report', async () => {
    const out = join(dir, 'report.html');
    const r = await run(file('flawed-html.json', flawed), { format: 'html', out });
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<h1>Log &lt;archive&gt;</h1>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    expect(html).toContain('<section class="plan">');
    expect(html).toMatch(/<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  it('exits 2 on bad input', async () => {
    const out = join(dir, 'never.md');
    expect((await run(file('bad.json', '{"nodes": ['), { format: 'md', out })).code).toBe(2);
    const missing = await run(join(dir, 'missing.json'), { format: 'md', out });
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/missing\.json: no such file/);
    const format = await run(file('ok.json', flawed), { format: 'pdf' as 'md', out });
    expect(format.code).toBe(2);
    expect(format.err).toMatch(/--format must be md or html/);
    const unwritable = await run(file('ok2.json', flawed), {
      format: 'md',
      out: join(dir, 'no-such-dir', 'r.md'),
    });
    expect(unwritable.code).toBe(2);
    expect(unwritable.err).toMatch(/cannot write/);
  });
});

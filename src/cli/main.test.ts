import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './main.ts';

const dir = mkdtempSync(join(tmpdir(), 'cloudwright-cli-'));
const example = readFileSync(
  new URL('../../catalog/examples/serverless-api.json', import.meta.url),
  'utf8',
);

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke arbitrary fields of parsed JSON
function mutate(change: (d: Record<string, any>) => void): string {
  const d = JSON.parse(example);
  change(d);
  return JSON.stringify(d);
}

describe('cloudwright validate', () => {
  it('exits 0 on the example design', async () => {
    const r = await run('validate', file('example.json', example));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/valid design "Serverless orders API", 10 nodes, 3 edges/);
  });

  it.each([
    ['malformed JSON', '{"nodes": [', /not valid JSON/],
    [
      'unknown service',
      mutate((d) => (d.nodes[0].service = 'amazon-teleporter')),
      /nodes\[0\]\.service: node "Customers" \(users\): unknown service "amazon-teleporter"/,
    ],
    [
      'missing parent',
      mutate((d) => (d.nodes[2].parent = 'ghost')),
      /parent "ghost" does not exist/,
    ],
    [
      'parent not a container',
      mutate((d) => (d.nodes[2].parent = 'users')),
      /which is not a container/,
    ],
    [
      'subnet outside a VPC',
      mutate((d) => (d.nodes[6].parent = 'region')),
      /Private subnet cannot be placed in Region/,
    ],
    [
      'VPC outside a Region',
      mutate((d) => delete d.nodes[3].parent),
      /Amazon VPC cannot be placed in the top level/,
    ],
    ['containment cycle', mutate((d) => (d.nodes[3].parent = 'az-a')), /containment cycle/],
    ['duplicate id', mutate((d) => (d.nodes[1].id = 'users')), /used more than once/],
    [
      'edge to a missing node',
      mutate((d) => (d.edges[0].target = 'nobody')),
      /target node "nobody" does not exist/,
    ],
    [
      'edge the catalog forbids',
      mutate((d) => d.edges.push({ id: 'bad', source: 'db', target: 'users' })),
      /edges\[3\]\.target: edge bad .* has no integration/,
    ],
    [
      'prop of the wrong type',
      mutate((d) => (d.nodes[9].props.multiAz = 'yes')),
      /props\.multiAz.*expected true or false/,
    ],
    ['CIDR syntax', mutate((d) => (d.nodes[3].props.cidr = '10.0.0.0/33')), /props\.cidr/],
    [
      'subnet CIDR outside its VPC',
      mutate((d) => (d.nodes[6].props.cidr = '10.9.1.0/24')),
      /outside its VPC/,
    ],
    [
      'overlapping subnets',
      mutate((d) => (d.nodes[7].props.cidr = '10.0.1.0/24')),
      /overlaps subnet/,
    ],
    [
      'hostile key',
      example.replace('"format"', '"__proto__": {"x": 1}, "format"'),
      /"__proto__" is not allowed/,
    ],
  ])('exits 2 with a located error: %s', async (name, content, message) => {
    const r = await run('validate', file(`${name.replace(/\W+/g, '-')}.json`, content));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).toContain(dir);
  });

  it('refuses a missing file and an oversized one with one line naming the file', async () => {
    const missing = await run('validate', join(dir, 'nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.err).toBe(`${join(dir, 'nope.json')}: no such file`);
    const big = file('big.json', ' '.repeat(10 * 1024 * 1024 + 10));
    const r = await run('validate', big);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/over the 10 MB limit/);
  });

  it('prints JSON errors with --json', async () => {
    const r = await run(
      'validate',
      '--json',
      file(
        'bad.json',
        mutate((d) => (d.nodes[0].service = 'x')),
      ),
    );
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out)).toMatchObject({
      valid: false,
      errors: [{ code: 'unknown-service', nodeId: 'users', field: 'service' }],
    });
  });
});

describe('cloudwright catalog', () => {
  it('lists entries as JSON with the documented fields', async () => {
    const r = await run('catalog', '--json');
    expect(r.code).toBe(0);
    const entries = JSON.parse(r.out) as Record<string, unknown>[];
    expect(entries.length).toBeGreaterThan(120);
    const sqs = entries.find((e) => e.id === 'sqs-queue');
    expect(sqs).toMatchObject({
      name: 'Amazon SQS',
      container: false,
      cfnTypes: ['AWS::SQS::Queue'],
    });
    expect(Object.keys(sqs!)).toEqual([
      'id',
      'name',
      'aliases',
      'category',
      'container',
      'cfnTypes',
      'properties',
      'usage',
    ]);
    expect(entries.find((e) => e.id === 'vpc')).toMatchObject({ container: true });
  });

  it('rejects unknown commands and options with exit 2', async () => {
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('catalog', '--bogus')).code).toBe(2);
    expect((await run()).code).toBe(2);
  });
});

describe('cloudwright export, import, layout, report', () => {
  it('round-trips the example through CloudFormation and lays it out', async () => {
    const design = file('rt.json', example);
    const template = join(dir, 'rt.yaml');
    expect(
      (await run('export', design, '--format', 'cloudformation', '--yaml', '-o', template)).code,
    ).toBe(0);
    expect(readFileSync(template, 'utf8')).toContain('AWS::Lambda::Function');
    const back = join(dir, 'back.json');
    expect((await run('import', template, '-o', back)).code).toBe(0);
    expect((await run('validate', back)).code).toBe(0);
    const laid = join(dir, 'laid.json');
    expect((await run('layout', back, '-o', laid)).code).toBe(0);
    expect(
      JSON.parse(readFileSync(laid, 'utf8')).nodes.every((n: { position?: unknown }) => n.position),
    ).toBe(true);
    const report = join(dir, 'r.md');
    expect((await run('report', design, '--format', 'md', '-o', report)).code).toBe(0);
    expect(readFileSync(report, 'utf8')).toContain('Serverless orders API');
  });

  it('writes the deployment bundle and refuses bad options with exit 2', async () => {
    const design = file('b.json', example);
    const zip = join(dir, 'bundle.zip');
    expect((await run('export', design, '--format', 'bundle', '-o', zip)).code).toBe(0);
    expect(readFileSync(zip).subarray(0, 2).toString()).toBe('PK');
    expect((await run('export', design, '--format', 'terraform', '-o', zip)).code).toBe(2);
    expect((await run('import', design)).code).toBe(2);
    expect((await run('layout', join(dir, 'missing.json'), '-o', zip)).code).toBe(2);
  });
});

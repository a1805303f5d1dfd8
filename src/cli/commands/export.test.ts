import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { design, node, region } from '../../../test-support/design.ts';
import example from '../../../catalog/examples/serverless-api.json';
import { InputError } from '../io.ts';
import { exportCommand, stackFile, type ExportOptions } from './export.ts';

const dir = mkdtempSync(join(tmpdir(), 'cloudwright-export-'));

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

async function run(path: string, opts: Partial<ExportOptions>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await exportCommand(
    path,
    { format: 'cloudformation', yaml: false, json: false, out: join(dir, 'out.yaml'), ...opts },
    { out: (t) => out.push(t), err: (t) => err.push(t) },
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('cloudwright export', () => {
  it('writes one YAML template for a one-Region design, and lists the manual steps', async () => {
    const out = join(dir, 'api.yaml');
    const r = await run(file('example.json', example), { out });
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Type: AWS::Lambda::Function');
    expect(readFileSync(out, 'utf8')).toContain('!GetAtt OrdersHandlerRole.Arn');
    expect(r.out).toMatch(/api\.yaml: us-east-1 stack, \d+ resources/);
  });

  it('lists what the templates cannot do as manual steps on stderr', async () => {
    const d = design([
      region('r1', 'us-east-1'),
      node('nlp', 'comprehend', 'r1'),
      node('q', 'sqs-queue', 'r1'),
    ]);
    const r = await run(file('manual.json', d), { out: join(dir, 'manual.yaml') });
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^manual step: nlp \(comprehend\): .*no resource/);
  });

  it('writes JSON with --json, and one file per Region as OUT-<region>', async () => {
    const d = design([
      region('r1', 'us-east-1'),
      region('r2', 'eu-west-1'),
      node('a', 'sqs-queue', 'r1'),
      node('b', 'sqs-queue', 'r2'),
    ]);
    const out = join(dir, 'multi.json');
    const r = await run(file('multi.json-design', d), { json: true, out });
    expect(r.code).toBe(0);
    for (const region of ['us-east-1', 'eu-west-1']) {
      const path = join(dir, `multi-${region}.json`);
      expect(existsSync(path)).toBe(true);
      expect(JSON.parse(readFileSync(path, 'utf8')).Resources).toBeDefined();
    }
    expect(existsSync(out)).toBe(false);
  });

  it('names stack files after OUT', () => {
    expect(stackFile('stack.yaml', 'eu-west-1', 2, 'yaml')).toBe('stack-eu-west-1.yaml');
    expect(stackFile('out/stack', 'eu-west-1', 2, 'json')).toBe('out/stack-eu-west-1.json');
    expect(stackFile('stack.yaml', 'eu-west-1', 1, 'yaml')).toBe('stack.yaml');
  });

  it('writes the deployment bundle as a zip', async () => {
    const out = join(dir, 'bundle.zip');
    const r = await run(file('bundle.json', example), { format: 'bundle', out });
    expect(r.code).toBe(0);
    const files = unzipSync(readFileSync(out));
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        'deploy.sh',
        'deploy.ps1',
        'README.md',
        'design.json',
        'templates/us-east-1.yaml',
        'parameters/us-east-1/prod.params',
      ]),
    );
    expect(r.out).toMatch(/bundle\.zip: deployment bundle/);
  });

  it('refuses conflicting flags, unknown formats and bad designs', async () => {
    const path = file('ok.json', example);
    await expect(run(path, { format: 'terraform' as never })).rejects.toThrow(/unknown format/);
    await expect(run(path, { yaml: true, json: true })).rejects.toThrow(InputError);
    await expect(run(file('bad.json', '{"nodes": 1}'), {})).rejects.toThrow(/bad\.json/);
  });
});

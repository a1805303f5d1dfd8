import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import example from '../../../catalog/examples/serverless-api.json';
import type { DesignDocument } from '../model/types.ts';
import { wiredDesign } from './__fixtures__/designs.ts';
import { bundleFiles, createBundle, stackBase } from './bundle.ts';

const serverless = example as unknown as DesignDocument;
const HOSTILE = '$(touch /tmp/cloudwright-pwned) `id` "q" \'s\'; rm -rf ~\nnext';
const hasShellcheck = spawnSync('shellcheck', ['--version']).status === 0;
const hasBash = spawnSync('bash', ['--version']).status === 0;

/** A design named and labelled with shell syntax, to prove no label reaches a script. */
function hostile(): DesignDocument {
  const d = wiredDesign();
  d.name = HOSTILE.slice(0, 200);
  for (const n of d.nodes) n.label = HOSTILE;
  return d;
}

/** Writes the bundle to a folder, with a fake `aws` that records its arguments one per line. */
function unpack(d: DesignDocument): {
  dir: string;
  run: (...args: string[]) => { status: number | null; calls: string[][]; stderr: string };
} {
  const dir = mkdtempSync(join(tmpdir(), 'cloudwright-bundle-'));
  for (const [path, content] of Object.entries(unzipSync(createBundle(d)))) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  const bin = join(dir, 'fake-bin');
  mkdirSync(bin);
  writeFileSync(
    join(bin, 'aws'),
    '#!/usr/bin/env bash\nfor a in "$@"; do printf \'%s\\n\' "$a"; done >> "$AWS_LOG"\necho "--" >> "$AWS_LOG"\n',
  );
  chmodSync(join(bin, 'aws'), 0o755);
  const run = (...args: string[]) => {
    const log = join(dir, `aws-${Math.random().toString(36).slice(2)}.log`);
    writeFileSync(log, '');
    const r = spawnSync('bash', [join(dir, 'deploy.sh'), ...args], {
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, AWS_LOG: log },
      encoding: 'utf8',
    });
    const calls = readFileSync(log, 'utf8')
      .split('--\n')
      .filter(Boolean)
      .map((c) => c.trim().split('\n'));
    return { status: r.status, calls, stderr: r.stderr };
  };
  return { dir, run };
}

describe('deployment bundle', () => {
  it('holds the templates, parameters per environment, scripts, README and design', () => {
    const files = bundleFiles(wiredDesign());
    expect(Object.keys(files).sort()).toEqual([
      'README.md',
      'deploy.ps1',
      'deploy.sh',
      'design.json',
      'parameters/eu-west-1/dev.params',
      'parameters/eu-west-1/prod.params',
      'parameters/eu-west-1/staging.params',
      'parameters/us-east-1/dev.params',
      'parameters/us-east-1/prod.params',
      'parameters/us-east-1/staging.params',
      'templates/eu-west-1.yaml',
      'templates/us-east-1.yaml',
    ]);
    expect(files['parameters/us-east-1/prod.params']).toContain('Environment=prod');
    expect(files['parameters/us-east-1/prod.params']).toMatch(
      /^# AlbCertificateArn= {2}\(required: /m,
    );
    expect(files['README.md']).toMatch(
      /## Prerequisites[\s\S]*## Steps[\s\S]*## Manual steps[\s\S]*comprehend/,
    );
    expect(JSON.parse(files['design.json']).name).toBe('Wired shop');
    expect(bundleFiles(serverless, { format: 'json' })['templates/us-east-1.json']).toMatch(
      /^\{\n {2}"AWSTemplateFormatVersion"/,
    );
  });

  it('zips the same design to the same bytes, with extras', () => {
    const a = createBundle(serverless, { extras: { 'report.md': '# Review' } });
    expect(
      Buffer.from(createBundle(serverless, { extras: { 'report.md': '# Review' } })).equals(
        Buffer.from(a),
      ),
    ).toBe(true);
    const files = unzipSync(a);
    expect(strFromU8(files['report.md'])).toBe('# Review');
    expect(strFromU8(files['deploy.sh'])).toMatch(/^#!\/usr\/bin\/env bash/);
  });

  it('never puts a label or the design name into a script', () => {
    const files = bundleFiles(hostile());
    for (const script of ['deploy.sh', 'deploy.ps1']) {
      for (const piece of ['$(touch', '`id`', 'rm -rf', '"q"', "'s';"])
        expect(files[script]).not.toContain(piece);
    }
    expect(stackBase(hostile())).toMatch(/^[a-z][-a-z0-9]*$/);
    expect(stackBase({ ...serverless, name: '123 ~~~' })).toBe('stack-123');
  });

  it.skipIf(!hasShellcheck)(
    'passes shellcheck, for one stack and for several, with hostile labels',
    () => {
      for (const d of [serverless, hostile()]) {
        const r = spawnSync('shellcheck', ['--shell=bash', '-'], {
          input: bundleFiles(d)['deploy.sh'],
          encoding: 'utf8',
        });
        expect(r.stdout + r.stderr).toBe('');
        expect(r.status).toBe(0);
      }
    },
  );

  it.skipIf(!hasBash)(
    'deploys every stack with change sets, parameters and capabilities; --dry-run does not execute them',
    () => {
      const { run } = unpack(hostile());
      const r = run('--environment', 'prod', '--dry-run', '--s3-bucket', 'my-bucket');
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.calls).toHaveLength(2);
      const [eu, us] = r.calls;
      expect(eu.slice(0, 2)).toEqual(['cloudformation', 'deploy']);
      expect(eu).toContain('--no-execute-changeset');
      expect(eu[eu.indexOf('--region') + 1]).toBe('eu-west-1');
      expect(us[us.indexOf('--stack-name') + 1]).toMatch(/^[a-z][-a-z0-9]*-prod-us-east-1$/);
      expect(us).toEqual(
        expect.arrayContaining([
          '--capabilities',
          'CAPABILITY_IAM',
          'CAPABILITY_NAMED_IAM',
          '--parameter-overrides',
          'Environment=prod',
          '--s3-bucket',
          'my-bucket',
        ]),
      );
      expect(eu).not.toContain('--capabilities');
    },
  );

  it.skipIf(!hasBash)('takes --region and --stack-name, and refuses bad arguments', () => {
    const { run } = unpack(serverless);
    const one = run('--region', 'eu-west-1', '--stack-name', 'shop');
    expect(one.status).toBe(0);
    expect(one.calls[0][one.calls[0].indexOf('--region') + 1]).toBe('eu-west-1');
    expect(one.calls[0][one.calls[0].indexOf('--stack-name') + 1]).toBe('shop-dev');
    expect(one.calls[0]).not.toContain('--no-execute-changeset');
    expect(run('--environment', 'qa').status).toBe(2);
    expect(run('--stack-name', 'x;rm').status).toBe(2);
    expect(run('--region', '$(id)').status).toBe(2);
    expect(run('--bogus').status).toBe(2);
    const multi = unpack(wiredDesign());
    const only = multi.run('--region', 'eu-west-1', '--s3-bucket', 'b');
    expect(only.calls).toHaveLength(1);
    expect(multi.run('--region', 'ap-south-1', '--s3-bucket', 'b').status).toBe(2);
  });
});

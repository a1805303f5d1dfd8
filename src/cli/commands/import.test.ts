import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { restoreDesign } from '../../core/model/restore.ts';
import { importCommand } from './import.ts';

const dir = mkdtempSync(join(tmpdir(), 'cloudwright-import-'));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function run(path: string, out: string) {
  const o: string[] = [];
  const e: string[] = [];
  const code = await importCommand(path, { out }, { out: (t) => o.push(t), err: (t) => e.push(t) });
  return { code, out: o.join('\n'), err: e.join('\n') };
}

const TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Description: Queue and worker
Resources:
  Jobs:
    Type: AWS::SQS::Queue
  Worker:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: nodejs22.x
      Handler: index.handler
      Role: !GetAtt WorkerRole.Arn
      Code: { ZipFile: "exports.handler = async () => 1;" }
  WorkerRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }] }
  Trigger:
    Type: AWS::Lambda::EventSourceMapping
    Properties: { EventSourceArn: !GetAtt Jobs.Arn, FunctionName: !Ref Worker }
`;

describe('cloudwright import', () => {
  it('writes a design file that restores', async () => {
    const out = join(dir, 'design.json');
    const r = await run(file('t.yaml', TEMPLATE), out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /design\.json: design "Queue and worker", 3 nodes \(0 generic\), 1 edges/,
    );
    const restored = restoreDesign(readFileSync(out, 'utf8'));
    expect(restored.ok).toBe(true);
  });

  it('reports a bad template with exit code 2 and a located, one-line error', async () => {
    const r = await run(file('bad.yaml', 'Resources:\n  Q: {}\n'), join(dir, 'never.json'));
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${join(dir, 'bad.yaml')}: Resources.Q: resource Q needs a Type`);
  });

  it('names a missing file', async () => {
    await expect(run(join(dir, 'missing.yaml'), join(dir, 'x.json'))).rejects.toThrow(
      /missing\.yaml: no such file/,
    );
  });
});

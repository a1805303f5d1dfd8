import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { everyServiceDesign, wiredDesign } from '../export/__fixtures__/designs.ts';
import { toCloudFormation } from '../export/cloudformation.ts';
import { CFN_TAGS, serialize } from '../export/serialize.ts';
import { readYamlFast } from './fast-yaml.ts';

const CORPUS = fileURLToPath(new URL('../../../../shared/data/cfn-corpus', import.meta.url));

function full(text: string): unknown {
  return parseDocument(text, { customTags: CFN_TAGS }).toJS({ maxAliasCount: 100 });
}

/** Where the fast reader answers, it must answer what the yaml package does. */
function agrees(text: string): boolean {
  const fast = readYamlFast(text);
  if (fast === undefined) return false;
  expect(fast).toEqual(full(text));
  return true;
}

describe('readYamlFast', () => {
  it('reads every exported template, as the yaml package does', () => {
    for (const d of [wiredDesign(), everyServiceDesign()]) {
      for (const s of toCloudFormation(d).stacks)
        expect(agrees(serialize(s.template, 'yaml'))).toBe(true);
    }
  });

  it('agrees with the yaml package on any JSON value written as YAML (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ unit: 'binary' }), fc.jsonValue({ stringUnit: 'binary' })),
        (raw) => {
          agrees(serialize(JSON.parse(JSON.stringify(raw)) as Record<string, unknown>, 'yaml'));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads hand-written forms: comments, a leading ---, unindented lists, quoted keys, flow collections, tags on blocks', () => {
    const text = `# comment
---
Resources:
  "Queue": # the queue
    Type: 'AWS::SQS::Queue'
    Properties:
      Tags:
      - Key: a   # unindented list
        Value: !Sub "\${AWS::StackName}-x"
      - { Key: b, Value: !Ref AWS::Region }
      Policy: !If
        - IsProd
        - [1, 2.5, true, ~, 0x1f, "q", 'it''s']
        - !Ref AWS::NoValue
      Code: |+
        line one
          indented

Outputs:
  Att: { Value: !GetAtt Queue.Arn }
`;
    expect(agrees(text)).toBe(true);
  });

  it('leaves what it does not handle to the yaml package', () => {
    for (const text of [
      'a: &x [1]\nb: *x\n',
      'Description: >\n  folded\n  text\n',
      'a: multi\n  line plain\n',
      '- a\n- b\n',
      'a: 1\n---\nb: 2\n',
      'a: 1\na: 2\n',
      '__proto__: { polluted: true }\n',
      'a: !Unknown x\n',
      'a: "\\x41"\n',
      'a:\n\tb: 1\n',
      `a:\n${Array.from({ length: 80 }, (_, i) => `${'  '.repeat(i + 1)}k:`).join('\n')} 1\n`,
    ]) {
      expect(readYamlFast(text), text).toBeUndefined();
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.skipIf(!existsSync(CORPUS))('agrees with the yaml package on the foreign corpus', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) =>
        statSync(join(dir, f)).isDirectory()
          ? files(join(dir, f))
          : /\.ya?ml$/.test(f)
            ? [join(dir, f)]
            : [],
      );
    const read = files(CORPUS).filter((f) => agrees(readFileSync(f, 'utf8'))).length;
    expect(read).toBeGreaterThan(25);
  });
});

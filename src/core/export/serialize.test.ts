import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import example from '../../../catalog/examples/serverless-api.json';
import type { DesignDocument } from '../model/types.ts';
import { toCloudFormation } from './cloudformation.ts';
import { CFN_TAGS, serialize } from './serialize.ts';
import type { Template } from './template.ts';

const design = example as unknown as DesignDocument;
const golden = (name: string) => fileURLToPath(new URL(`./__golden__/${name}`, import.meta.url));

/** Compares with the golden file, or rewrites it when UPDATE_GOLDEN is set. */
function matchGolden(name: string, text: string): void {
  const file = golden(name);
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
    mkdirSync(fileURLToPath(new URL('./__golden__/', import.meta.url)), { recursive: true });
    writeFileSync(file, text);
    if (process.env.UPDATE_GOLDEN) return;
  }
  expect(
    text,
    `${name} differs from the golden file; run UPDATE_GOLDEN=1 npx vitest run src/core/export/serialize if the change is intended`,
  ).toBe(readFileSync(file, 'utf8'));
}

function parseYaml(text: string): unknown {
  return parseDocument(text, { customTags: CFN_TAGS }).toJS({ maxAliasCount: 100 });
}

describe('serialize', () => {
  const template = toCloudFormation(design).stacks[0].template;

  it('pins the YAML of the example design (golden file)', () => {
    matchGolden('serverless-api.yaml', serialize(template, 'yaml'));
  });

  it('pins the JSON of the example design (golden file)', () => {
    matchGolden('serverless-api.json', serialize(template, 'json'));
  });

  it('writes the short-form tags AWS uses, GetAtt in its dotted form', () => {
    const yaml = serialize(template, 'yaml');
    expect(yaml).toContain('!Ref OrdersVPC');
    expect(yaml).toContain('!GetAtt OrdersHandlerRole.Arn');
    expect(yaml).toContain('!Sub arn:${AWS::Partition}:apigateway:');
    expect(yaml).toContain('!Equals [!Ref Environment, prod]');
    expect(yaml).toContain('!If [IsProduction, 365, 30]');
    expect(yaml).not.toMatch(/Fn::|Ref:/);
    expect(yaml).toContain('AWSTemplateFormatVersion: "2010-09-09"');
  });

  it('reads its own YAML back to the same template', () => {
    expect(parseYaml(serialize(template, 'yaml'))).toEqual(template);
  });

  it('writes every short form, on scalars and lists, and reads them back', () => {
    const t = {
      AWSTemplateFormatVersion: '2010-09-09',
      Resources: {
        A: {
          Type: 'AWS::SQS::Queue',
          Properties: {
            Ref: { Ref: 'B' },
            Att: { 'Fn::GetAtt': ['B', 'Endpoint.Address'] },
            Sub: { 'Fn::Sub': ['${X}-${AWS::Region}', { X: { Ref: 'B' } }] },
            If: { 'Fn::If': ['C', 'a', { Ref: 'AWS::NoValue' }] },
            Join: { 'Fn::Join': ['', ['a', { Ref: 'B' }]] },
            Select: { 'Fn::Select': ['0', { 'Fn::GetAZs': '' }] },
            Yes: 'yes',
            Date: '2024-01-01',
          },
        },
      },
    };
    const yaml = serialize(t as unknown as Template, 'yaml');
    for (const tag of [
      '!Ref B',
      '!GetAtt B.Endpoint.Address',
      '!Sub',
      '!If',
      '!Join',
      '!Select',
      '!GetAZs',
    ])
      expect(yaml).toContain(tag);
    expect(yaml).toContain('"yes"');
    expect(parseYaml(yaml)).toEqual(t);
  });

  it('writes strings YAML readers could mistake, and multi-line text, so that they read back unchanged', () => {
    const tricky = [
      'yes',
      'No',
      'on',
      '~',
      'null',
      '0123',
      '1.0',
      '3.13',
      '1e3',
      '0x1f',
      '12:30',
      '2024-01-01',
      '',
      ' lead',
      'trail ',
      'a: b',
      'a #b',
      '#c',
      '- d',
      '@e',
      '`f',
      '!g',
      '&h',
      '*i',
      '|j',
      '>k',
      '%l',
      '{m}',
      '[n]',
      'o, p',
      'q\tr',
      's\\t',
      '"u"',
      "'v'",
      'w\nx',
      'line\n  indented\n',
      'two\n\n',
      ' x\ny',
      'é ü 中',
      '\u0007bell',
    ];
    const value = {
      Keys: Object.fromEntries(tricky.map((t, i) => [t || 'empty', i])),
      Values: tricky,
      Nested: [[tricky[0]], { k: tricky }],
    };
    expect(parseYaml(serialize(value, 'yaml'))).toEqual(value);
  });

  it('writes any JSON value so that it reads back equal (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ unit: 'binary' }), fc.jsonValue({ stringUnit: 'binary' })),
        (raw) => {
          const value = JSON.parse(JSON.stringify(raw)) as Record<string, unknown>;
          expect(parseYaml(serialize(value, 'yaml'))).toEqual(value);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('writes JSON with a two-space indent and the long forms', () => {
    const json = serialize(template, 'json');
    expect(json.split('\n')[1]).toMatch(/^ {2}"AWSTemplateFormatVersion"/);
    expect(JSON.parse(json)).toEqual(template);
  });
});

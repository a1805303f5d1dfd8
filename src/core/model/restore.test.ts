import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryDesign } from '../../../test-support/arbitraries.ts';
import { MAX_INPUT_BYTES, restoreDesign } from './restore.ts';
import type { DesignDocument, DesignError } from './types.ts';

function design(
  nodes: DesignDocument['nodes'],
  edges: DesignDocument['edges'] = [],
): DesignDocument {
  return {
    format: 'cloudwright',
    version: 1,
    name: 'Test',
    defaultRegion: 'us-east-1',
    nodes,
    edges,
  };
}

function errorsOf(input: unknown): DesignError[] {
  const r = restoreDesign(typeof input === 'string' ? input : JSON.stringify(input));
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.errors;
}

const network: DesignDocument['nodes'] = [
  { id: 'r1', service: 'region', props: { region: 'eu-north-1' } },
  { id: 'vpc1', service: 'vpc', parent: 'r1', props: { cidr: '10.0.0.0/16' } },
  { id: 'az1', service: 'availability-zone', parent: 'vpc1' },
  { id: 'sn1', service: 'private-subnet', parent: 'az1', props: { cidr: '10.0.1.0/24' } },
];

describe('restoreDesign: good input', () => {
  it('accepts a valid network and returns it unchanged', () => {
    const doc = design(network);
    const r = restoreDesign(JSON.stringify(doc));
    expect(r.ok && r.value.design).toEqual(doc);
  });

  it('migrates a version 0 draft (no format, region, from/to edges)', () => {
    const r = restoreDesign({
      name: 'Old',
      region: 'eu-west-1',
      nodes: [
        { id: 'u', service: 'users' },
        { id: 'x', service: 'external-system' },
      ],
      edges: [{ id: 'e', from: 'u', to: 'x' }],
    });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.migratedFrom).toBe(0);
      expect(r.value.design.defaultRegion).toBe('eu-west-1');
      expect(r.value.design.edges[0]).toEqual({ id: 'e', source: 'u', target: 'x' });
    }
  });

  it('random valid designs survive restore unchanged', () => {
    fc.assert(
      fc.property(arbitraryDesign, (doc) => {
        const r = restoreDesign(JSON.stringify(doc));
        if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
        expect(r.value.design).toEqual(doc);
      }),
      { numRuns: 200 },
    );
  });
});

describe('restoreDesign: bad input is refused with located errors', () => {
  it('unknown service', () => {
    const [e] = errorsOf(design([{ id: 'n1', service: 'amazon-teleporter' }]));
    expect(e).toMatchObject({
      code: 'unknown-service',
      nodeId: 'n1',
      field: 'service',
      path: 'nodes[0].service',
    });
    expect(e.message).toContain('amazon-teleporter');
  });

  it('parent missing', () => {
    const [e] = errorsOf(design([{ id: 'u', service: 'users', parent: 'ghost' }]));
    expect(e).toMatchObject({ code: 'missing-parent', nodeId: 'u', field: 'parent' });
  });

  it('parent that is not a container', () => {
    const [e] = errorsOf(
      design([
        { id: 'u', service: 'users' },
        { id: 'x', service: 'external-system', parent: 'u' },
      ]),
    );
    expect(e).toMatchObject({ code: 'parent-not-container', nodeId: 'x' });
  });

  it('a subnet outside a VPC', () => {
    const errs = errorsOf(
      design([
        { id: 'r1', service: 'region' },
        { id: 'sn', service: 'public-subnet', parent: 'r1', props: { cidr: '10.0.0.0/24' } },
      ]),
    );
    expect(errs[0]).toMatchObject({ code: 'placement', nodeId: 'sn', field: 'parent' });
    expect(errs[0].message).toMatch(/Public subnet cannot be placed in Region/);
  });

  it('a subnet in an Availability Zone that is not inside a VPC', () => {
    const errs = errorsOf(
      design([
        { id: 'r1', service: 'region' },
        { id: 'az', service: 'availability-zone', parent: 'r1' },
        { id: 'sn', service: 'public-subnet', parent: 'az' },
      ]),
    );
    expect(errs[0]).toMatchObject({ code: 'placement', nodeId: 'sn' });
    expect(errs[0].message).toMatch(/must be inside Amazon VPC/);
  });

  it('a VPC outside a Region', () => {
    const [e] = errorsOf(design([{ id: 'v', service: 'vpc' }]));
    expect(e).toMatchObject({ code: 'placement', nodeId: 'v' });
    expect(e.message).toMatch(/Amazon VPC cannot be placed in the top level/);
  });

  it('an Outpost subnet outside an Outpost', () => {
    const [e] = errorsOf(
      design([
        ...network.slice(0, 2),
        { id: 'os', service: 'outpost-subnet', parent: 'vpc1', props: { cidr: '10.0.9.0/24' } },
      ]),
    );
    expect(e).toMatchObject({ code: 'placement', nodeId: 'os' });
    expect(e.message).toMatch(/Outpost subnet cannot be placed in Amazon VPC/);
  });

  it('an Outpost subnet inside an Outpost inside the VPC is fine', () => {
    const r = restoreDesign(
      design([
        ...network.slice(0, 2),
        { id: 'op', service: 'outpost', parent: 'vpc1' },
        { id: 'os', service: 'outpost-subnet', parent: 'op', props: { cidr: '10.0.9.0/24' } },
      ]),
    );
    expect(r.ok).toBe(true);
  });

  it('containment cycles', () => {
    const errs = errorsOf(
      design([
        { id: 'a', service: 'availability-zone', parent: 'b' },
        { id: 'b', service: 'vpc', parent: 'a' },
      ]),
    );
    expect(errs.some((e) => e.code === 'containment-cycle' && e.nodeId === 'a')).toBe(true);
  });

  it('duplicate ids', () => {
    const errs = errorsOf(
      design([
        { id: 'u', service: 'users' },
        { id: 'u', service: 'devices' },
      ]),
    );
    expect(errs[0]).toMatchObject({ code: 'duplicate-id', nodeId: 'u', path: 'nodes[1].id' });
  });

  it('edges to missing nodes', () => {
    const [e] = errorsOf(
      design([{ id: 'u', service: 'users' }], [{ id: 'e1', source: 'u', target: 'nobody' }]),
    );
    expect(e).toMatchObject({
      code: 'missing-endpoint',
      edgeId: 'e1',
      field: 'target',
      path: 'edges[0].target',
    });
  });

  it('edges the catalog forbids', () => {
    const [e] = errorsOf(
      design(
        [
          { id: 'x', service: 'external-system' },
          { id: 'r', service: 'region' },
        ],
        [{ id: 'e1', source: 'x', target: 'r' }],
      ),
    );
    expect(e).toMatchObject({ code: 'forbidden-edge', edgeId: 'e1' });
    expect(e.message).toMatch(/Containers are not connected/);
  });

  it('props of the wrong type', () => {
    const [e] = errorsOf(
      design([
        { id: 'r1', service: 'region' },
        { id: 'v', service: 'vpc', parent: 'r1', props: { enableDnsHostnames: 'yes' } },
      ]),
    );
    expect(e).toMatchObject({
      code: 'invalid-property',
      nodeId: 'v',
      field: 'props.enableDnsHostnames',
    });
  });

  it('unknown props', () => {
    const [e] = errorsOf(design([{ id: 'u', service: 'users', props: { colour: 'red' } }]));
    expect(e).toMatchObject({ code: 'unknown-property', nodeId: 'u', field: 'props.colour' });
  });

  it('CIDR syntax', () => {
    for (const cidr of ['10.0.0.0', '10.0.0.300/16', '10.0.0.0/33', '10.0.0.1/16', 'ten/8']) {
      const [e] = errorsOf(
        design([
          { id: 'r1', service: 'region' },
          { id: 'v', service: 'vpc', parent: 'r1', props: { cidr } },
        ]),
      );
      expect(e, cidr).toMatchObject({ code: 'invalid-property', nodeId: 'v', field: 'props.cidr' });
    }
  });

  it('a subnet CIDR outside its VPC CIDR', () => {
    const [e] = errorsOf(
      design([
        ...network.slice(0, 3),
        { id: 'sn1', service: 'private-subnet', parent: 'az1', props: { cidr: '10.1.0.0/24' } },
      ]),
    );
    expect(e).toMatchObject({ code: 'cidr-outside-vpc', nodeId: 'sn1', field: 'props.cidr' });
    expect(e.message).toContain('10.0.0.0/16');
  });

  it('a subnet CIDR overlapping a sibling', () => {
    const errs = errorsOf(
      design([
        ...network,
        { id: 'sn2', service: 'public-subnet', parent: 'vpc1', props: { cidr: '10.0.0.0/23' } },
      ]),
    );
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatchObject({ code: 'cidr-overlap', field: 'props.cidr' });
    expect(errs[0].message).toMatch(/overlaps subnet/);
  });

  it('Kinesis retention outside 24-8760 hours', () => {
    for (const retentionPeriodHours of [23, 8761]) {
      const [e] = errorsOf(
        design([{ id: 'k', service: 'kinesis-data-streams', props: { retentionPeriodHours } }]),
      );
      expect(e).toMatchObject({
        code: 'invalid-property',
        nodeId: 'k',
        field: 'props.retentionPeriodHours',
      });
    }
    expect(
      restoreDesign(
        design([
          { id: 'k', service: 'kinesis-data-streams', props: { retentionPeriodHours: 8760 } },
        ]),
      ).ok,
    ).toBe(true);
  });

  it('SQS retention outside 60 s-14 days', () => {
    for (const messageRetentionSeconds of [59, 1_209_601]) {
      const [e] = errorsOf(
        design([{ id: 'q', service: 'sqs-queue', props: { messageRetentionSeconds } }]),
      );
      expect(e).toMatchObject({
        code: 'invalid-property',
        nodeId: 'q',
        field: 'props.messageRetentionSeconds',
      });
      expect(e.message).toMatch(/minimum 60|maximum 1209600/);
    }
  });

  it('malformed JSON, empty input and non-objects', () => {
    expect(errorsOf('{"nodes": [')[0].code).toBe('invalid-json');
    expect(errorsOf('   ')[0].code).toBe('empty');
    expect(errorsOf('[1,2]')[0].code).toBe('not-a-design');
    expect(errorsOf('"text"')[0].code).toBe('not-a-design');
  });

  it('refuses inputs over 10 MB with a message', () => {
    const big = ' '.repeat(MAX_INPUT_BYTES + 1);
    const [e] = errorsOf(big);
    expect(e.code).toBe('too-large');
    expect(e.message).toMatch(/limit is 10 MB/);
  });

  it('rejects __proto__ and constructor keys without applying them', () => {
    const text =
      '{"format":"cloudwright","version":1,"name":"x","defaultRegion":"us-east-1","nodes":[{"id":"u","service":"users","props":{"__proto__":{"polluted":true}}}],"edges":[]}';
    const [e] = errorsOf(text);
    expect(e).toMatchObject({ code: 'forbidden-key', path: 'nodes[0].props.__proto__' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(errorsOf('{"constructor":{"prototype":{}}}')[0].code).toBe('forbidden-key');
  });

  it('refuses newer versions and other formats', () => {
    expect(errorsOf({ format: 'cloudwright', version: 99, nodes: [], edges: [] })[0].code).toBe(
      'newer-version',
    );
    expect(errorsOf({ format: 'drawio', version: 1 })[0].code).toBe('not-a-design');
  });

  it('refuses deep nesting', () => {
    const deep =
      '{"name":"x","nodes":[],"edges":[],"description":' +
      '['.repeat(5000) +
      ']'.repeat(5000) +
      '}';
    expect(errorsOf(deep)[0].code).toBe('too-deep');
  });

  it('labels keep HTML as text; ids may not carry it', () => {
    const ok = restoreDesign(
      design([{ id: 'u', service: 'users', label: '<img src=x onerror=alert(1)>' }]),
    );
    expect(ok.ok && ok.value.design.nodes[0].label).toBe('<img src=x onerror=alert(1)>');
    expect(errorsOf(design([{ id: '<img>', service: 'users' }]))[0]).toMatchObject({
      code: 'invalid-field',
      field: 'id',
    });
  });

  it('random garbage never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.anything()), (junk) => {
        const r = restoreDesign(junk);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(arbitraryDesign, fc.nat(), fc.anything(), (doc, n, junk) => {
        // Corrupt one field of a valid design: still no throw, always a verdict.
        const copy = JSON.parse(JSON.stringify(doc)) as { nodes: Record<string, unknown>[] };
        const node = copy.nodes[n % copy.nodes.length];
        const keys = Object.keys(node);
        node[keys[n % keys.length]] = junk;
        expect(typeof restoreDesign(copy).ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});

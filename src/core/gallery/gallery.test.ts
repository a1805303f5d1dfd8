/**
 * Every gallery template is a complete, valid design: it restores, its tags name the services it
 * uses, its layout is clean, it can be reviewed, priced in every priced Region and exported.
 */
import { describe, expect, it } from 'vitest';
import { getEntry } from '../catalog/index.ts';
import { PRICED_REGIONS } from '../catalog/tables.ts';
import { compareRegions } from '../estimate/index.ts';
import { layoutProblems } from '../layout/problems.ts';
import { formatErrors, restoreDesign } from '../model/restore.ts';
import type { DesignDocument } from '../model/types.ts';
import { createReviewCache, runReview } from '../review/run.ts';
import { PILLARS } from '../review/types.ts';
import {
  formatTemplate,
  getTemplate,
  instantiate,
  listTemplates,
  searchTemplates,
  TEMPLATE_CATEGORIES,
} from './index.ts';

const MUST_HAVE = [
  'wickr-appstream',
  'oracle-rac-outposts-flashgrid',
  'sns-sqs-fan-out',
  's3-event-notifications-lambda',
  's3-event-notifications-eventbridge',
  'ha-ec2-asg-eip',
  'dr-route53-arc-regional-failover',
  'multi-region-storage-replication',
  'multi-region-global-databases',
  'kinesis-data-streams-pipeline',
  'kinesis-firehose-delivery',
  'mda-reference',
  'nonprod-stop-workflow',
  'nonprod-start-workflow',
  'pricing-calculator-west-coast-servers',
];

type Exporter = {
  toCloudFormation: (d: DesignDocument) => { stacks: { region: string; template: unknown }[] };
  validateTemplate: (t: unknown) => unknown[];
  formatTemplateErrors: (errors: never[]) => string;
};

/** The CloudFormation exporter and the test validator, or null while either module is missing. */
async function loadExporter(): Promise<Exporter | null> {
  try {
    const cfn = await import('../export/cloudformation.ts');
    const validate = await import('../../../test-support/validate-template.ts');
    return {
      toCloudFormation: cfn.toCloudFormation as Exporter['toCloudFormation'],
      validateTemplate: validate.validateTemplate as Exporter['validateTemplate'],
      formatTemplateErrors: validate.formatTemplateErrors as Exporter['formatTemplateErrors'],
    };
  } catch {
    return null;
  }
}

const templates = listTemplates();

describe('the gallery', () => {
  it('has templates, sorted by id, with unique ids', () => {
    const ids = templates.map((t) => t.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("has the issue's must-have templates", () => {
    const missing = MUST_HAVE.filter((id) => getTemplate(id) === undefined);
    expect(missing).toEqual([]);
  });

  it('finds templates by id, and by words of their title, summary, tags and service names', () => {
    const t = templates[0];
    expect(getTemplate(t.id)).toBe(t);
    expect(getTemplate('no-such-template')).toBeUndefined();
    expect(searchTemplates('')).toHaveLength(templates.length);
    expect(searchTemplates(t.title)).toContain(t);
    const service = t.tags.services[0];
    expect(searchTemplates(getEntry(service)!.name)).toContain(t);
    expect(searchTemplates('', { service })).toContain(t);
    expect(searchTemplates('', { service }).every((x) => x.tags.services.includes(service))).toBe(
      true,
    );
    expect(
      searchTemplates('', { category: t.tags.category }).every(
        (x) => x.tags.category === t.tags.category,
      ),
    ).toBe(true);
    expect(searchTemplates('zzzz-nothing-matches-this')).toEqual([]);
  });

  it('instantiates a deep copy: editing it leaves the template as it was', () => {
    const t = templates[0];
    const before = JSON.stringify(t.design);
    const copy = instantiate(t);
    expect(copy).toEqual(t.design);
    copy.name = 'changed';
    copy.nodes[0].label = 'changed';
    copy.nodes.push({ id: 'extra', service: 'users' });
    expect(JSON.stringify(t.design)).toBe(before);
    expect(instantiate(t)).not.toBe(instantiate(t));
  });

  it('writes template files deterministically (formatTemplate round-trips)', () => {
    for (const t of templates) expect(JSON.parse(formatTemplate(t))).toEqual(t);
  });
});

describe.each(templates.map((t) => [t.id, t] as const))('template %s', (_id, template) => {
  it('has complete metadata', () => {
    expect(template.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(template.title.trim()).not.toBe('');
    expect(template.summary.trim()).not.toBe('');
    expect(template.source.document.trim()).not.toBe('');
    expect(template.source.title.trim()).not.toBe('');
    expect(['detailed', 'partial']).toContain(template.textSupport);
    expect(TEMPLATE_CATEGORIES).toContain(template.tags.category);
    expect(template.tags.patterns.length).toBeGreaterThan(0);
  });

  it('restores without errors', () => {
    const r = restoreDesign(instantiate(template));
    expect(r.ok ? '' : formatErrors(r.errors)).toBe('');
  });

  it('lists exactly the catalog services it uses in tags.services, sorted', () => {
    const used = [...new Set(template.design.nodes.map((n) => n.service))]
      .filter((s) => getEntry(s)?.kind !== 'container')
      .sort();
    expect(template.tags.services).toEqual(used);
  });

  it('is laid out: every node placed, no overlapping siblings, every child inside its container', () => {
    expect(template.design.nodes.filter((n) => n.position === undefined).map((n) => n.id)).toEqual(
      [],
    );
    expect(layoutProblems(template.design)).toEqual([]);
  });

  it('can be reviewed', () => {
    const result = runReview(instantiate(template), { cache: createReviewCache() });
    expect(Array.isArray(result.findings)).toBe(true);
    for (const pillar of PILLARS) expect(Number.isFinite(result.scores[pillar])).toBe(true);
  });

  it('is priced in all 16 priced Regions', () => {
    const c = compareRegions(instantiate(template));
    expect(PRICED_REGIONS).toHaveLength(16);
    expect(c.regions.map((r) => r.region)).toEqual([...PRICED_REGIONS]);
    for (const r of c.regions) expect(Number.isFinite(r.monthlyUsd)).toBe(true);
  });

  it('exports CloudFormation that validates with zero errors', async (ctx) => {
    const exporter = await loadExporter();
    if (!exporter)
      return ctx.skip(
        'src/core/export/cloudformation.ts or test-support/validate-template.ts is not there yet',
      );
    const errors = exporter
      .toCloudFormation(instantiate(template))
      .stacks.map((s) => {
        const text = exporter.formatTemplateErrors(
          exporter.validateTemplate(s.template) as never[],
        );
        return text === '' ? '' : `${s.region}:\n${text}`;
      })
      .filter(Boolean)
      .join('\n');
    expect(errors).toBe('');
  });
});

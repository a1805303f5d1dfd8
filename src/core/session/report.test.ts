import { describe, expect, it } from 'vitest';
import type { DesignDocument } from '../model/types.ts';
import { diagramSvg, wrapLabel } from './diagram.ts';
import { escapeHtml, escapeMarkdown } from './escape.ts';
import { confirmAnswer, createSession, prefill, setNotApplicable, setNotes } from './prefill.ts';
import { reportHtml, reportMarkdown, type ReportInput } from './report.ts';
import { FIXTURE_RULES, fakeEstimate, fixtureDesign, fixtureFindings } from './testing.ts';

const XSS = '<img src=x onerror=alert(1)>';
const CLOSE = '</script>';

/** The fixture design with hostile labels, a container and an edge label. */
function hostileDesign(): DesignDocument {
  const d = fixtureDesign();
  d.name = `Shop ${CLOSE}<b>`;
  d.nodes[0].label = XSS;
  d.nodes[1].label = `Resize ${CLOSE}`;
  d.nodes.unshift({
    id: 'r',
    service: 'region',
    label: `Region "${XSS}"`,
    props: { region: 'us-east-1' },
  });
  for (const n of d.nodes.slice(1)) n.parent = 'r';
  d.edges[0].label = `<svg onload=alert(2)>`;
  return d;
}

function input(): ReportInput {
  const design = hostileDesign();
  const findings = fixtureFindings();
  findings[0].message = `${XSS} has no versioning`;
  let session = prefill(
    createSession(design, { id: `s-${CLOSE}` }),
    { findings },
    design,
    FIXTURE_RULES,
  ).session;
  session = setNotes(session, 'REL09', `Ask ${XSS}`);
  session = setNotApplicable(session, 'OPS01', `Not ours ${CLOSE}`);
  session = confirmAnswer(session, 'SEC08');
  const regions = fakeEstimate(1234.5, 9.87);
  regions.regions.push({
    ...regions.regions[0],
    region: 'eu-north-1',
    monthlyUsd: 1300,
    kgCo2eMonth: 0.4,
  });
  return {
    design,
    session,
    review: { findings },
    estimate: fakeEstimate(1234.5, 9.87),
    regions,
    date: '2025-03-01',
  };
}

const FORBIDDEN = [/<img/i, /<\/script/i, /<script/i, /<svg onload/i, /<b>/, /onerror=alert\(1\)>/];

describe('reportHtml', () => {
  const html = reportHtml(input());

  it('is one standalone document with print styles and no controls, scripts or external assets', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).toMatch(/@page \{[^}]*margin/);
    expect(html).toMatch(
      /\.pillar, \.plan, \.cost \{ break-before: page; page-break-before: always; \}/,
    );
    for (const tag of [
      '<button',
      '<input',
      '<select',
      '<textarea',
      '<form',
      '<details',
      '<iframe',
      '<link',
      '<img',
      '<script',
    ])
      expect(html).not.toContain(tag);
    expect(html).not.toMatch(/<[^>]*\s(src|href)=/);
    expect(html).not.toMatch(/url\((?!#)/);
  });

  it('escapes every label and text from the design and the session', () => {
    for (const bad of FORBIDDEN) expect(html).not.toMatch(bad);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('<title>Well-Architected review: Shop &lt;/script&gt;&lt;b&gt;</title>');
    expect(html).toContain('Region &quot;&lt;img');
    expect(html).toContain('Notes: Ask &lt;img');
    expect(html).toContain('Not applicable: Not ours &lt;/script&gt;');
  });

  it('has the summary, a section per pillar, the plan, cost per Region and the diagram', () => {
    expect(html).toContain('<h1>Shop &lt;/script&gt;&lt;b&gt;</h1>');
    expect(html).toContain('2025-03-01 · AWS Well-Architected Framework, version 2024-11-06');
    expect(html.match(/<section class="pillar"/g)).toHaveLength(6);
    expect(html).toMatch(/<tr><td>Reliability<\/td><td class="n">1<\/td><td class="n">0<\/td>/);
    expect(html).toMatch(/<tr><td>Security<\/td><td class="n">1<\/td>/);
    expect(html).toMatch(
      /<strong>2<\/strong> high-risk and <strong>1<\/strong> medium-risk questions; 2 open findings \(1 suppressed\)/,
    );
    const plan = html.slice(html.indexOf('<section class="plan">'));
    // High first, in framework order (Security before Reliability), then medium.
    expect(plan.indexOf('SEC08-BP01')).toBeGreaterThan(0);
    expect(plan.indexOf('REL09-BP01')).toBeGreaterThan(plan.indexOf('SEC08-BP04'));
    expect(plan.indexOf('SEC08-BP03')).toBeGreaterThan(plan.indexOf('REL09-BP01'));
    expect(plan.indexOf('COST04-BP03')).toBeGreaterThan(plan.indexOf('SEC08-BP03'));
    expect(plan).toContain('Quick fix: Remove provisioned concurrency');
    expect(plan).toContain('Finding: &lt;img src=x onerror=alert(1)&gt; has no versioning');
    expect(html).toContain('<td>us-east-1</td><td class="n">$1,234.50</td><td class="n">9.9</td>');
    expect(html).toContain('<td>eu-north-1</td><td class="n">$1,300.00</td><td class="n">0.4</td>');
    expect(html).toMatch(/<figure class="diagram">\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  it('is deterministic', () => {
    expect(reportHtml(input())).toBe(html);
  });
});

describe('reportMarkdown', () => {
  const md = reportMarkdown(input());

  it('escapes labels so no HTML from the design survives', () => {
    for (const bad of FORBIDDEN) expect(md).not.toMatch(bad);
    expect(md).toContain('# Well-Architected review: Shop &lt;/script&gt;&lt;b&gt;');
    expect(md).toContain(
      'Finding: &lt;img src=x onerror=alert(1)&gt; has no versioning (&lt;img src=x onerror=alert(1)&gt;)',
    );
  });

  it('has the same sections as the HTML', () => {
    for (const heading of [
      '## Summary',
      '## Diagram',
      '## Operational Excellence',
      '## Sustainability',
      '## Improvement plan',
      '## Cost and carbon per Region',
      '### As deployed',
      '### The design in each Region',
    ]) {
      expect(md).toContain(`\n${heading}\n`);
    }
    expect(md).toContain('| Reliability | 1 | 0 | 0 | 12 | 0 |');
    expect(md).toContain('| us-east-1 | $1,234.50 | 9.9 | 0 | 0 |');
    expect(md).toMatch(/\n\d\. \*\*REL09-BP01 Identify and back up all data/);
    expect(md).toContain('- Not answered yet: 6 best practices to discuss.');
    expect(md).toContain('- Still to answer: REL09-BP02, REL09-BP04');
    expect(md).toContain('   - Quick fix: Remove provisioned concurrency (Resize &lt;/script&gt;)');
    expect(md).toContain('- Not applicable: Not ours &lt;/script&gt;');
    expect(md).not.toMatch(/\n\n\n/);
  });
});

describe('diagramSvg', () => {
  const d = hostileDesign();
  const svg = diagramSvg(d);

  it('draws containers as boxes, services as rounded tiles and edges as lines', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/<g data-node="/g)).toHaveLength(4);
    expect(svg.match(/rx="10"/g)).toHaveLength(3);
    expect(svg.match(/<line /g)).toHaveLength(2);
    expect(svg).toContain('<g data-node="r"><rect');
    expect(svg).not.toMatch(/\n\s*\n/);
    expect(diagramSvg(d)).toBe(svg);
  });

  it('escapes labels and draws containers before what they hold', () => {
    for (const bad of FORBIDDEN) expect(svg).not.toMatch(bad);
    expect(svg).toContain('&lt;img src=x');
    expect(svg).toContain('&lt;svg onload=alert(2)&gt;');
    expect(svg.indexOf('data-node="r"')).toBeLessThan(svg.indexOf('data-node="bucket"'));
  });

  it('says so for an empty design', () => {
    expect(diagramSvg({ ...d, nodes: [], edges: [] })).toContain('The design has no nodes.');
  });
});

describe('helpers', () => {
  it('wraps labels into a fixed number of lines', () => {
    expect(wrapLabel('Orders table', 16, 2)).toEqual(['Orders table']);
    expect(wrapLabel('A very long label that keeps going', 12, 2)).toEqual([
      'A very long',
      'label that…',
    ]);
    expect(wrapLabel('Supercalifragilistic', 8, 1)).toEqual(['Superca…']);
  });

  it('escapes HTML and Markdown', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
    expect(escapeMarkdown('a|b *c* [d](e) <f>\nnext')).toBe(
      'a\\|b \\*c\\* \\[d\\](e) &lt;f&gt; next',
    );
  });
});

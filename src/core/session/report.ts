/**
 * The session report as Markdown or as a standalone, printable HTML document: summary, risks per
 * pillar, improvement plan, cost and carbon per Region, and the diagram. Pure string building;
 * every text from the design or the session is escaped.
 */
import { PILLAR_NAMES } from '../review/types.ts';
import { diagramSvg } from './diagram.ts';
import { escapeHtml as h, escapeMarkdown as m } from './escape.ts';
import { REPORT_CSS } from './report-css.ts';
import {
  RISK_LABEL,
  buildReportModel,
  kg,
  usd,
  type ReportInput,
  type ReportModel,
  type ReportQuestion,
  type ReportRegionRow,
} from './report-model.ts';
import type { PlanItem } from './risk.ts';

export type { ReportInput } from './report-model.ts';

function nodeNames(model: ReportModel, ids: readonly string[]): string {
  return ids.map((id) => model.labels.get(id) ?? id).join(', ');
}

/** Remediation texts of an item's findings, once per rule. */
function remediations(item: PlanItem): string[] {
  return [...new Set(item.findings.map((f) => f.remediation))];
}

function regionTableMd(title: string, rows: ReportRegionRow[]): string[] {
  return [
    `### ${title}`,
    '',
    '| Region | USD per month | kg CO2e per month | Unknown lines | Unavailable |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${m(r.region)} | ${usd(r.monthlyUsd)} | ${kg(r.kgCo2eMonth)} | ${r.unknown} | ${r.unavailable} |`,
    ),
    '',
  ];
}

function questionMd(q: ReportQuestion): string[] {
  const out = [
    `### ${q.question.id} ${m(q.question.title)}`,
    '',
    `**${RISK_LABEL[q.risk]}** · ${m(q.question.area)} · ${q.checked} of ${q.question.bestPractices.length} best practices followed`,
    '',
  ];
  if (q.notApplicable !== undefined) out.push(`- Not applicable: ${m(q.notApplicable)}`);
  for (const b of q.unmet) out.push(`- Unmet (${b.risk} risk): **${b.id}** ${m(b.title)}`);
  if (!q.answered) out.push(`- Not answered yet: ${q.open.length} best practices to discuss.`);
  else if (q.open.length > 0) out.push(`- Still to answer: ${q.open.map((b) => b.id).join(', ')}`);
  if (q.notes) out.push(`- Notes: ${m(q.notes)}`);
  if (out[out.length - 1] !== '') out.push('');
  return out;
}

/** The report as Markdown (CommonMark with tables; the diagram is inline SVG). */
export function reportMarkdown(input: ReportInput): string {
  const model = buildReportModel(input);
  const lines: string[] = [
    `# Well-Architected review: ${m(model.designName)}`,
    '',
    `${m(model.date)} · ${m(model.framework)} · session ${m(model.sessionId)}`,
    '',
    '## Summary',
    '',
    `${model.totals.high} high-risk and ${model.totals.medium} medium-risk questions; ${model.totals.openFindings} open findings (${model.totals.suppressed} suppressed).`,
    '',
    '| Pillar | High | Medium | No risk | Not answered | Not applicable |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...model.pillars.map(
      (p) =>
        `| ${p.name} | ${p.counts.high} | ${p.counts.medium} | ${p.counts.none} | ${p.counts.unanswered} | ${p.counts.notApplicable} |`,
    ),
    '',
    '## Diagram',
    '',
    diagramSvg(input.design),
    '',
  ];
  for (const p of model.pillars) {
    lines.push(`## ${p.name}`, '', `${p.counts.high} high, ${p.counts.medium} medium.`, '');
    for (const q of p.questions) lines.push(...questionMd(q));
  }
  lines.push('## Improvement plan', '');
  if (model.plan.length === 0) lines.push('No unmet best practices.', '');
  model.plan.forEach((item, i) => {
    lines.push(
      `${i + 1}. **${item.bestPractice.id} ${m(item.bestPractice.title)}** (${item.risk} risk; ${PILLAR_NAMES[item.pillar]}, ${item.question.id})`,
    );
    for (const f of item.findings)
      lines.push(
        `   - Finding: ${m(f.message)}${f.nodes.length ? ` (${m(nodeNames(model, f.nodes))})` : ''}`,
      );
    for (const fix of item.fixes)
      lines.push(`   - Quick fix: ${m(fix.title)} (${m(nodeNames(model, [fix.node]))})`);
    for (const r of remediations(item)) lines.push(`   - Remediation: ${m(r)}`);
  });
  lines.push('', '## Cost and carbon per Region', '');
  if (!model.deployed && !model.comparison) lines.push('No estimate was included.', '');
  if (model.deployed) lines.push(...regionTableMd('As deployed', model.deployed));
  if (model.comparison) lines.push(...regionTableMd('The design in each Region', model.comparison));
  for (const n of model.costNotes) lines.push(`- ${m(n)}`);
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

function badge(risk: ReportQuestion['risk']): string {
  return `<span class="risk risk-${risk}">${RISK_LABEL[risk]}</span>`;
}

function regionTableHtml(title: string, rows: ReportRegionRow[]): string {
  const body = rows
    .map(
      (r) =>
        `<tr><td>${h(r.region)}</td><td class="n">${usd(r.monthlyUsd)}</td><td class="n">${kg(r.kgCo2eMonth)}</td><td class="n">${r.unknown}</td><td class="n">${r.unavailable}</td></tr>`,
    )
    .join('\n');
  return `<h3>${h(title)}</h3>\n<table><thead><tr><th>Region</th><th class="n">USD per month</th><th class="n">kg CO2e per month</th><th class="n">Unknown lines</th><th class="n">Unavailable</th></tr></thead>\n<tbody>\n${body}\n</tbody></table>`;
}

function questionHtml(q: ReportQuestion): string {
  const items: string[] = [];
  if (q.notApplicable !== undefined) items.push(`<li>Not applicable: ${h(q.notApplicable)}</li>`);
  for (const b of q.unmet)
    items.push(
      `<li class="unmet"><strong>${b.id}</strong> ${h(b.title)} <span class="level">${b.risk} risk</span></li>`,
    );
  if (!q.answered)
    items.push(
      `<li class="open">Not answered yet: ${q.open.length} best practices to discuss.</li>`,
    );
  else if (q.open.length > 0)
    items.push(`<li class="open">Still to answer: ${q.open.map((b) => b.id).join(', ')}</li>`);
  if (q.notes) items.push(`<li class="notes">Notes: ${h(q.notes)}</li>`);
  return [
    `<article class="q"><h3><span class="qid">${q.question.id}</span> ${h(q.question.title)}</h3>`,
    `<p class="meta">${badge(q.risk)} ${h(q.question.area)} · ${q.checked} of ${q.question.bestPractices.length} best practices followed</p>`,
    items.length ? `<ul>${items.join('')}</ul>` : '',
    '</article>',
  ].join('\n');
}

function planHtml(model: ReportModel): string {
  if (model.plan.length === 0) return '<p>No unmet best practices.</p>';
  const items = model.plan.map((item) => {
    const details = [
      ...item.findings.map(
        (f) =>
          `<li>Finding: ${h(f.message)}${f.nodes.length ? ` <span class="nodes">(${h(nodeNames(model, f.nodes))})</span>` : ''}</li>`,
      ),
      ...item.fixes.map(
        (fix) =>
          `<li class="fix">Quick fix: ${h(fix.title)} <span class="nodes">(${h(nodeNames(model, [fix.node]))})</span></li>`,
      ),
      ...remediations(item).map((r) => `<li>Remediation: ${h(r)}</li>`),
    ];
    return `<li class="item"><p><span class="risk risk-${item.risk === 'low' ? 'none' : item.risk}">${item.risk}</span> <strong>${item.bestPractice.id} ${h(item.bestPractice.title)}</strong> <span class="where">${PILLAR_NAMES[item.pillar]}, ${item.question.id}</span></p>${details.length ? `<ul>${details.join('')}</ul>` : ''}</li>`;
  });
  return `<ol class="plan-list">\n${items.join('\n')}\n</ol>`;
}

/** The report as one standalone HTML document with print styles (A4, a page per pillar), no scripts or controls. */
export function reportHtml(input: ReportInput): string {
  const model = buildReportModel(input);
  const summaryRows = model.pillars
    .map(
      (p) =>
        `<tr><td>${p.name}</td><td class="n">${p.counts.high}</td><td class="n">${p.counts.medium}</td><td class="n">${p.counts.none}</td><td class="n">${p.counts.unanswered}</td><td class="n">${p.counts.notApplicable}</td></tr>`,
    )
    .join('\n');
  const pillars = model.pillars
    .map(
      (p) =>
        `<section class="pillar" id="pillar-${p.id}">\n<h2>${p.name}</h2>\n<p class="meta">${p.counts.high} high, ${p.counts.medium} medium</p>\n${p.questions.map(questionHtml).join('\n')}\n</section>`,
    )
    .join('\n');
  const cost = [
    !model.deployed && !model.comparison ? '<p>No estimate was included.</p>' : '',
    model.deployed ? regionTableHtml('As deployed', model.deployed) : '',
    model.comparison ? regionTableHtml('The design in each Region', model.comparison) : '',
    model.costNotes.length
      ? `<ul class="notes">${model.costNotes.map((n) => `<li>${h(n)}</li>`).join('')}</ul>`
      : '',
  ].join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Well-Architected review: ${h(model.designName)}</title>
<style>
${REPORT_CSS}
</style>
</head>
<body>
<header class="cover">
<p class="kicker">Well-Architected review</p>
<h1>${h(model.designName)}</h1>
<p class="meta">${h(model.date)} · ${h(model.framework)} · session ${h(model.sessionId)}</p>
</header>
<section class="summary">
<h2>Summary</h2>
<p class="totals"><strong>${model.totals.high}</strong> high-risk and <strong>${model.totals.medium}</strong> medium-risk questions; ${model.totals.openFindings} open findings (${model.totals.suppressed} suppressed).</p>
<table><thead><tr><th>Pillar</th><th class="n">High</th><th class="n">Medium</th><th class="n">No risk</th><th class="n">Not answered</th><th class="n">Not applicable</th></tr></thead>
<tbody>
${summaryRows}
</tbody></table>
<figure class="diagram">
${diagramSvg(input.design)}
<figcaption>${h(model.designName)}</figcaption>
</figure>
</section>
${pillars}
<section class="plan">
<h2>Improvement plan</h2>
${planHtml(model)}
</section>
<section class="cost">
<h2>Cost and carbon per Region</h2>
${cost}
</section>
</body>
</html>
`;
}

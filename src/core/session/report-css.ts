/** Styles of the HTML report: readable on screen, A4 on paper with a page per pillar. */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #232f3e; --muted: #545b64; --line: #d5dbdb; --high: #d13212; --medium: #ff9900; --none: #1d8102; --unanswered: #879596; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 960px; padding: 32px 24px; font: 15px/1.5 Helvetica, Arial, sans-serif; color: var(--ink); }
h1 { font-size: 30px; margin: 4px 0; }
h2 { font-size: 22px; border-bottom: 2px solid var(--ink); padding-bottom: 4px; margin-top: 40px; }
h3 { font-size: 16px; margin: 18px 0 4px; }
.kicker { text-transform: uppercase; letter-spacing: .08em; color: var(--muted); margin: 0; }
.meta, .where, .nodes, .level { color: var(--muted); font-size: 13px; }
.totals { font-size: 17px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 14px; }
th, td { border-bottom: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
th { background: #f2f3f3; }
.n { text-align: right; font-variant-numeric: tabular-nums; }
.risk { display: inline-block; padding: 1px 8px; border-radius: 10px; color: #fff; font-size: 12px; font-weight: bold; text-transform: capitalize; }
.risk-high { background: var(--high); }
.risk-medium { background: var(--medium); color: var(--ink); }
.risk-none { background: var(--none); }
.risk-unanswered { background: var(--unanswered); }
.qid { color: var(--muted); font-weight: normal; margin-right: 4px; }
.q { border-left: 3px solid var(--line); padding: 2px 0 2px 12px; margin: 12px 0; }
.q ul, .plan-list ul { margin: 4px 0; padding-left: 20px; }
.unmet strong { color: var(--high); }
.open { color: var(--muted); font-size: 13px; }
.plan-list > li { margin: 10px 0; }
.plan-list p { margin: 0; }
.fix { color: var(--none); }
figure.diagram { margin: 24px 0; text-align: center; }
figure.diagram svg { max-width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: 13px; }
@page { size: A4; margin: 18mm 16mm 20mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  h2 { margin-top: 0; }
  .pillar, .plan, .cost { break-before: page; page-break-before: always; }
  .q, tr, figure, .plan-list > li { break-inside: avoid; page-break-inside: avoid; }
  figure.diagram svg { max-height: 150mm; }
  .risk { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`.trim();

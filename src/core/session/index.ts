export * from './types.ts';
export * from './evidence.ts';
export * from './prefill.ts';
export * from './risk.ts';
export * from './milestones.ts';
export { diagramSvg } from './diagram.ts';
export { reportMarkdown, reportHtml, type ReportInput } from './report.ts';

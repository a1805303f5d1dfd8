import type { DesignDocument } from '../model/types.ts';

/** Gallery categories: one per template, for browsing. */
export const TEMPLATE_CATEGORIES = [
  'analytics',
  'serverless',
  'event-driven',
  'networking',
  'hybrid',
  'resilience',
  'security',
  'data',
  'migration',
  'iot',
  'end-user-computing',
  'operations',
  'cost',
  'containers',
  'hpc',
] as const;
export type TemplateCategory = (typeof TEMPLATE_CATEGORIES)[number];

/** Where a template comes from: the reference document it was drawn from. */
export interface TemplateSource {
  document: string;
  section?: string;
  title: string;
}

/** One reference architecture of the gallery (`catalog/templates/<id>.json`). */
export interface Template {
  id: string;
  title: string;
  /** Two or three sentences: what the architecture does and why it has this shape. */
  summary: string;
  source: TemplateSource;
  /** How much the source text says about the architecture. */
  textSupport: 'detailed' | 'partial';
  tags: {
    category: TemplateCategory;
    /** Catalog ids used by the design, sorted, unique. */
    services: string[];
    patterns: string[];
  };
  design: DesignDocument;
}

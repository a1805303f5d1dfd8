import type { EdgeMeaning } from '../catalog/types.ts';

/** Current version of the design document. Older versions load through `migrate`. */
export const DESIGN_VERSION = 1;
export const DESIGN_FORMAT = 'cloudwright';

export type PropValue = string | number | boolean | string[];

export interface Point {
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface DesignNode {
  id: string;
  /** Catalog id of the service, container or generic node. */
  service: string;
  label?: string;
  /** Id of the container node holding this one; absent at the top level. */
  parent?: string;
  /** Settings, keyed by the catalog entry's property keys; absent keys take the catalog default. */
  props?: Record<string, PropValue>;
  /** Estimator assumptions, keyed by the catalog entry's usage keys. */
  usage?: Record<string, number>;
  /** Layout only: relative to the parent container's top-left corner. */
  position?: Point;
  /** Layout only: containers' drawn size. */
  size?: Size;
  notes?: string;
  tags?: Record<string, string>;
}

export interface DesignEdge {
  id: string;
  source: string;
  target: string;
  label?: string;
  /** What the edge means; the catalog's rule for the pair gives the default. */
  meaning?: EdgeMeaning;
}

/** What the reviewer and estimator need to know about the workload beyond its diagram. */
export interface WorkloadContext {
  environment?: 'production' | 'staging' | 'development' | 'test';
  criticality?: 'low' | 'medium' | 'high' | 'mission-critical';
  /** Recovery time objective, minutes. */
  rtoMinutes?: number;
  /** Recovery point objective, minutes. */
  rpoMinutes?: number;
  dataClassification?: 'public' | 'internal' | 'confidential' | 'restricted';
  /** Where most users are, as Region codes or free text. */
  userLocations?: string[];
  /** Hours per week the non-production environment runs (168 = always on). */
  scheduleHoursPerWeek?: number;
}

/** A finding accepted by the team, with their reason. */
export interface Suppression {
  rule: string;
  /** Node ids the suppression covers; empty covers the rule everywhere. */
  nodes: string[];
  justification: string;
  by?: string;
  at?: string;
}

export interface DesignDocument {
  format: typeof DESIGN_FORMAT;
  version: typeof DESIGN_VERSION;
  name: string;
  description?: string;
  /** Region of nodes that sit in no Region container. */
  defaultRegion: string;
  context?: WorkloadContext;
  nodes: DesignNode[];
  edges: DesignEdge[];
  suppressions?: Suppression[];
  /** CloudFormation sections kept from an import so that exporting again keeps them. */
  cfn?: {
    parameters?: Record<string, unknown>;
    conditions?: Record<string, unknown>;
    outputs?: Record<string, unknown>;
  };
}

/** One problem with a design, located well enough for a user to find and fix it. */
export interface DesignError {
  /** Stable machine-readable kind, e.g. `unknown-service`, `cidr-overlap`. */
  code: string;
  message: string;
  /** JSON path into the document, e.g. `nodes[3].props.cidr`. */
  path: string;
  nodeId?: string;
  edgeId?: string;
  field?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: DesignError[] };

import type { CatalogEntry } from '../catalog/types.ts';
import type { DesignIndex } from '../model/graph.ts';
import type { DesignDocument, DesignNode, PropValue } from '../model/types.ts';

export const PILLARS = [
  'operational-excellence',
  'security',
  'reliability',
  'performance-efficiency',
  'cost-optimization',
  'sustainability',
] as const;
export type Pillar = (typeof PILLARS)[number];

export const PILLAR_NAMES: Record<Pillar, string> = {
  'operational-excellence': 'Operational Excellence',
  security: 'Security',
  reliability: 'Reliability',
  'performance-efficiency': 'Performance Efficiency',
  'cost-optimization': 'Cost Optimization',
  sustainability: 'Sustainability',
};

export const SEVERITIES = ['high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A property change that resolves a finding on one node; applied through core/model ops. */
export interface QuickFix {
  title: string;
  node: string;
  props: Record<string, PropValue>;
}

/** What a rule reports: the nodes involved and, where a setting fixes it, the fix. */
export interface RuleHit {
  nodes: string[];
  /** Overrides the rule's title with specifics, e.g. "Orders queue has no dead-letter queue". */
  message?: string;
  fix?: QuickFix;
}

export interface RuleMeta {
  /** kebab-case, unique; also the rule's file name. */
  id: string;
  pillar: Pillar;
  /** Well-Architected best-practice id of the current framework, e.g. `REL10-BP01`. */
  bestPractice: string;
  /** Stable choice id in the Well-Architected Tool, where known, e.g. `rel_fault_isolation_multiaz_region_system`. */
  choiceId?: string;
  severity: Severity;
  title: string;
  rationale: string;
  remediation: string;
  docs: string;
  /** Catalog service ids the rule inspects (checked against the catalog in the tests). */
  services: string[];
  /** True when the rule reads edges, containment, AZ spread or Region count, not one node's settings. */
  topology: boolean;
  /** Workload-context fields the rule needs; when missing, the rule reports that instead of guessing. */
  needsContext?: (keyof NonNullable<DesignDocument['context']>)[];
}

/**
 * A rule that reads one node's own settings (and the design's workload context): the engine runs
 * it only on nodes of `services` and caches its answer per node object, so an edit re-reviews
 * just the node that changed.
 */
export interface NodeRule extends RuleMeta {
  topology: false;
  checkNode: (node: DesignNode, ctx: ReviewContext) => RuleHit | null;
}

/** A rule over the graph (edges, containment, AZ spread, Regions): runs on the whole design. */
export interface TopologyRule extends RuleMeta {
  topology: true;
  check: (ctx: ReviewContext) => RuleHit[];
}

export type Rule = NodeRule | TopologyRule;

export interface Finding {
  rule: string;
  pillar: Pillar;
  severity: Severity;
  bestPractice: string;
  title: string;
  message: string;
  nodes: string[];
  remediation: string;
  docs: string;
  fix?: QuickFix;
  suppressed: boolean;
  justification?: string;
  /** The rule could not decide because workload context is missing. */
  contextMissing?: string[];
}

/** Read-only view of a design for rules: lookups, catalog entries and settings with defaults. */
export interface ReviewContext {
  design: DesignDocument;
  index: DesignIndex;
  entry: (node: DesignNode) => CatalogEntry | undefined;
  /** A node's property, or the catalog default when unset. */
  prop: (node: DesignNode, key: string) => PropValue | undefined;
  /** A node's usage assumption, or the catalog default. */
  usage: (node: DesignNode, key: string) => number | undefined;
  /** Nodes of any of these services. */
  nodesOf: (...services: string[]) => DesignNode[];
  /** Region code a node is deployed to: its nearest Region container, else the design default. */
  regionOf: (node: DesignNode) => string;
  /** Distinct Region codes used by the design's regional nodes. */
  regions: () => string[];
  /** Availability Zone container ids that hold the node or, for a container, any of its descendants. */
  zonesOf: (node: DesignNode) => string[];
  /** Nearest ancestor of one of the services. */
  ancestor: (node: DesignNode, ...services: string[]) => DesignNode | undefined;
  /** Nodes this node has an edge to / from, optionally only of some services. */
  targets: (node: DesignNode, ...services: string[]) => DesignNode[];
  sources: (node: DesignNode, ...services: string[]) => DesignNode[];
}

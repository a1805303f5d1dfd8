import { KNOWN_REGIONS } from './check.ts';
import type { DesignDocument, Result, Suppression, WorkloadContext } from './types.ts';

/** Design-level edits: workload context, accepted findings and the Region a design runs in. */

function refuse(code: string, message: string): Result<never> {
  return { ok: false, errors: [{ code, message, path: '' }] };
}

/** Sets (undefined clears) fields of the workload context. */
export function updateContext(
  design: DesignDocument,
  patch: Partial<WorkloadContext>,
): Result<DesignDocument> {
  const context: Record<string, unknown> = { ...design.context };
  for (const [key, value] of Object.entries(patch)) {
    if (
      value === undefined ||
      (value as unknown) === '' ||
      (Array.isArray(value) && value.length === 0)
    )
      delete context[key];
    else context[key] = value;
  }
  for (const key of ['rtoMinutes', 'rpoMinutes', 'scheduleHoursPerWeek'] as const) {
    const v = context[key];
    if (v !== undefined && (typeof v !== 'number' || !Number.isFinite(v) || v < 0))
      return refuse('invalid-context', `${key} must be a number of at least 0.`);
  }
  if (typeof context.scheduleHoursPerWeek === 'number' && context.scheduleHoursPerWeek > 168)
    return refuse('invalid-context', 'A week has 168 hours.');
  const next: DesignDocument = { ...design, context: context as WorkloadContext };
  if (Object.keys(context).length === 0) delete next.context;
  return { ok: true, value: next };
}

function sameNodes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
}

/** Accepts a finding: the rule on these nodes (none = everywhere), with the team's reason. */
export function addSuppression(
  design: DesignDocument,
  suppression: Suppression,
): Result<DesignDocument> {
  if (!suppression.justification.trim())
    return refuse('missing-justification', 'Say why the finding is accepted.');
  const rest = (design.suppressions ?? []).filter(
    (s) => !(s.rule === suppression.rule && sameNodes(s.nodes, suppression.nodes)),
  );
  return {
    ok: true,
    value: {
      ...design,
      suppressions: [...rest, { ...suppression, justification: suppression.justification.trim() }],
    },
  };
}

export function removeSuppression(
  design: DesignDocument,
  rule: string,
  nodes: readonly string[],
): DesignDocument {
  const rest = (design.suppressions ?? []).filter(
    (s) => !(s.rule === rule && sameNodes(s.nodes, nodes)),
  );
  const next: DesignDocument = { ...design, suppressions: rest };
  if (rest.length === 0) delete next.suppressions;
  return next;
}

/**
 * Moves a design to a Region: one Region container (`scope`), or the whole design (its default
 * Region and, when it has exactly one Region container, that container too).
 */
export function moveToRegion(
  design: DesignDocument,
  region: string,
  scope?: string,
): Result<DesignDocument> {
  if (!KNOWN_REGIONS.includes(region))
    return refuse('unknown-region', `"${region}" is not a known Region.`);
  const regionNodes = design.nodes.filter((n) => n.service === 'region');
  let targets: string[];
  if (scope !== undefined) {
    if (!regionNodes.some((n) => n.id === scope))
      return refuse('missing-node', `"${scope}" is not a Region container of this design.`);
    targets = [scope];
  } else {
    if (regionNodes.length > 1)
      return refuse(
        'ambiguous',
        'This design spans several Regions: choose which Region container to move.',
      );
    targets = regionNodes.map((n) => n.id);
  }
  const nodes = design.nodes.map((n) =>
    targets.includes(n.id) ? { ...n, props: { ...n.props, region } } : n,
  );
  return {
    ok: true,
    value: { ...design, nodes, defaultRegion: scope === undefined ? region : design.defaultRegion },
  };
}

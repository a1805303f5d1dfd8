import type { Rule } from '../../types.ts';
import { wa } from '../helpers.ts';

/** Minutes: targets at or below a day cannot be met by rebuilding in another Region from scratch. */
const DR_THRESHOLD_MINUTES = 24 * 60;

/** Flags: Recovery objectives that need disaster recovery, but one Region. */
export const rule: Rule = {
  id: 'dr-single-region',
  pillar: 'reliability',
  bestPractice: 'REL13-BP02',
  severity: 'high',
  title: 'Recovery objectives that need disaster recovery, but one Region',
  rationale:
    'RTO and RPO targets of a day or less cannot survive the loss of a Region when the design keeps neither a copy of its data nor any capacity outside that Region.',
  remediation:
    'Choose a DR strategy that meets the targets (backup and restore with cross-Region copies, pilot light, warm standby or multi-site) and add the second Region to the design.',
  docs: wa('REL13-BP02'),
  services: ['region', 'backup', 's3-bucket'],
  topology: true,
  needsContext: ['rtoMinutes', 'rpoMinutes'],
  check: (ctx) => {
    const { rtoMinutes, rpoMinutes } = ctx.design.context ?? {};
    const needsDr =
      (rtoMinutes ?? Infinity) <= DR_THRESHOLD_MINUTES ||
      (rpoMinutes ?? Infinity) <= DR_THRESHOLD_MINUTES;
    if (!needsDr || ctx.regions().length > 1) return [];
    // Cross-Region backup copies or bucket replication are a backup-and-restore DR strategy.
    const copies =
      ctx.nodesOf('backup').some((b) => ctx.prop(b, 'crossRegionCopy') === true) ||
      ctx.nodesOf('s3-bucket').some((b) => ctx.prop(b, 'replication') === 'cross-region');
    if (copies) return [];
    return [
      {
        nodes: ctx.nodesOf('region').map((r) => r.id),
        message: `RTO ${rtoMinutes} min and RPO ${rpoMinutes} min, but everything runs in ${ctx.regions()[0] ?? ctx.design.defaultRegion} with no copy elsewhere`,
      },
    ];
  },
};

import type { Rule } from '../../types.ts';

/** Idle time after which a development environment should hibernate. minutes. */
const MAX_IDLE_MINUTES = 240;

/** SUS02-BP03: a cloud IDE left running overnight and at weekends is an unused asset most of the week. */
export const rule: Rule = {
  id: 'cloud9-never-stops',
  pillar: 'sustainability',
  bestPractice: 'SUS02-BP03',
  choiceId: 'sus_sus_user_a4',
  severity: 'low',
  title: 'Cloud9 environment does not stop when idle',
  rationale:
    "A developer's cloud IDE is used a few hours a day; without an automatic stop (or with one set to hours) its instance runs the rest of the time for nobody.",
  remediation:
    'Stop the environment after 30 minutes without activity; it resumes with the workspace intact.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/sustainability-pillar/sus_sus_user_a4.html',
  services: ['cloud9'],
  topology: false,
  checkNode: (n, ctx) => {
    const minutes = Number(ctx.prop(n, 'automaticStopMinutes') ?? 0);
    if (minutes > 0 && minutes <= MAX_IDLE_MINUTES) return null;
    return {
      nodes: [n.id],
      message:
        minutes === 0
          ? `${n.label ?? n.id} never stops on its own`
          : `${n.label ?? n.id} stops only after ${minutes} idle minutes`,
      fix: { title: 'Stop after 30 idle minutes', node: n.id, props: { automaticStopMinutes: 30 } },
    };
  },
};

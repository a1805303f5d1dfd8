import type { Rule } from '../../types.ts';
import { hitOn, nameOf, wa } from '../helpers.ts';

/** Flags: Container images are not scanned on push. */
export const rule: Rule = {
  id: 'ecr-image-scanning',
  pillar: 'security',
  bestPractice: 'SEC06-BP01',
  severity: 'medium',
  title: 'Container images are not scanned on push',
  rationale:
    'Images carry operating-system packages and libraries with published vulnerabilities; scanning each pushed image finds them before they run.',
  remediation:
    'Turn on scan on push (or Amazon Inspector enhanced scanning) and act on critical findings in the pipeline.',
  docs: wa('SEC06-BP01'),
  services: ['ecr-repository'],
  topology: false,
  checkNode: (node, ctx) =>
    ctx.prop(node, 'scanOnPush') === false
      ? hitOn(node, `Repository ${nameOf(node)} does not scan pushed images`, {
          title: 'Scan images on push',
          props: { scanOnPush: true },
        })
      : null,
};

import type { Rule } from '../../types.ts';
import { hitOn, nameOf, wa } from '../helpers.ts';

/** Flags: EKS API server reachable from the internet. */
export const rule: Rule = {
  id: 'eks-public-endpoint',
  pillar: 'security',
  bestPractice: 'SEC05-BP01',
  severity: 'high',
  title: 'EKS API server reachable from the internet',
  rationale:
    'A public Kubernetes API endpoint puts cluster control one stolen credential away from anyone on the internet; private access keeps it inside the network layer of the workload.',
  remediation:
    'Turn on private endpoint access and turn public access off, or restrict it to known CIDR ranges.',
  docs: wa('SEC05-BP01'),
  services: ['eks-cluster'],
  topology: false,
  checkNode: (node, ctx) =>
    ctx.prop(node, 'endpointPublicAccess') === true
      ? hitOn(node, `EKS cluster ${nameOf(node)} has a public API endpoint`, {
          title: 'Private API endpoint only',
          props: { endpointPublicAccess: false, endpointPrivateAccess: true },
        })
      : null,
};

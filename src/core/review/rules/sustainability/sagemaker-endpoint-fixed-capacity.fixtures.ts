import { design, node } from '../../../../../test-support/design.ts';

const sm = (props: Record<string, string | number | boolean>) =>
  node('sm', 'sagemaker', undefined, props);

/** A multi-instance real-time endpoint needs auto scaling; training jobs and scaled endpoints pass. */
export const fixtures = {
  compliant: [design([sm({ autoScaling: true })]), design([sm({ workload: 'training' })])],
  nonCompliant: [{ design: design([sm({})]), nodes: ['sm'] }],
};

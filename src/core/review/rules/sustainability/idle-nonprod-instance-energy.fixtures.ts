import { design, network, node } from '../../../../../test-support/design.ts';

const net = network({ zones: 1 });
const vm = (schedule: string) => node('vm', 'ec2-instance', net.zones[0].private, { schedule });

/** Always-on is right in production or when the environment is already scheduled; not in development. */
export const fixtures = {
  compliant: [
    design([...net.nodes, vm('always-on')], [], { environment: 'production' }),
    design([...net.nodes, vm('office-hours')], [], { environment: 'development' }),
    design([...net.nodes, vm('always-on')], [], { environment: 'test', scheduleHoursPerWeek: 50 }),
  ],
  nonCompliant: [{ design: design([...net.nodes, vm('always-on')], [], { environment: 'development' }), nodes: ['vm'] }],
};

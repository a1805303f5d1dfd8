import { design, node } from '../../../../../test-support/design.ts';

/** Linux containers on x86_64 are a hit; arm64 and Windows tasks are not. */
export const fixtures = {
  compliant: [
    design([node('svc', 'ecs-service', undefined, { architecture: 'arm64' })]),
    design([node('task', 'fargate', undefined, { operatingSystem: 'WINDOWS_SERVER_2022_CORE' })]),
  ],
  nonCompliant: [
    { design: design([node('svc', 'ecs-service')]), nodes: ['svc'] },
    { design: design([node('task', 'fargate')]), nodes: ['task'] },
  ],
};

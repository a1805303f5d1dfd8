import type { Rule } from '../../types.ts';

/** Workload compute that a production release changes. */
export const DEPLOYED_SERVICES = [
  'ec2-instance',
  'lambda-function',
  'ecs-service',
  'fargate',
  'eks-cluster',
  'elastic-beanstalk',
  'app-runner',
  'batch',
  'lightsail',
  'rosa',
];

/** Nodes that show the design is deployed from code by a pipeline. */
const PIPELINE_SERVICES = ['codepipeline', 'codebuild', 'cloudformation', 'proton'];

/** OPS05-BP04: production changes made by hand are slow to repeat and hard to roll back. */
export const rule: Rule = {
  id: 'no-deployment-pipeline',
  pillar: 'operational-excellence',
  bestPractice: 'OPS05-BP04',
  choiceId: 'ops_dev_integ_build_mgmt_sys',
  severity: 'medium',
  title: 'Production design has no infrastructure-as-code or CI/CD pipeline',
  rationale:
    'Without a pipeline and templates, every release and every fix is a manual sequence of steps; it drifts between environments, is hard to review and cannot be rolled back to a known good state.',
  remediation:
    'Add the delivery path to the design: a CodePipeline (with CodeBuild) that deploys CloudFormation stacks or application revisions, so that every change goes through the same tested steps.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/operational-excellence-pillar/ops_dev_integ_build_mgmt_sys.html',
  services: [...DEPLOYED_SERVICES, ...PIPELINE_SERVICES],
  topology: true,
  needsContext: ['environment'],
  check: (ctx) => {
    if (ctx.design.context?.environment !== 'production') return [];
    if (
      ctx.nodesOf(...DEPLOYED_SERVICES).length === 0 ||
      ctx.nodesOf(...PIPELINE_SERVICES).length > 0
    )
      return [];
    return [
      {
        nodes: [],
        message: 'Production design has no CodePipeline, CodeBuild, CloudFormation or Proton node',
      },
    ];
  },
};

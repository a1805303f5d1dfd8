import type { Rule } from '../../types.ts';

/** Batch and data jobs that run unattended. */
const JOBS = ['glue', 'batch', 'emr-cluster', 'glue-databrew', 'step-functions'];

/** Orchestrators that catch a job's failure and handle it themselves. */
const ORCHESTRATORS = ['step-functions', 'mwaa', 'data-pipeline'];

/** OPS08-BP04: an unattended job that fails without telling anyone leaves stale or missing data behind. */
export const rule: Rule = {
  id: 'job-without-failure-notification',
  pillar: 'operational-excellence',
  bestPractice: 'OPS08-BP04',
  choiceId: 'ops_workload_observability_create_alerts',
  severity: 'high',
  title: 'Unattended job has no failure notification',
  rationale:
    'Scheduled ETL, batch and workflow runs fail at night with nobody watching; unless the failure is published or alarmed on, the first sign is a report with missing data days later.',
  remediation:
    "Send the job's state changes to EventBridge or an SNS topic, alarm on its failure metrics in CloudWatch, or run it from an orchestrator (Step Functions, MWAA) that handles failures.",
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/operational-excellence-pillar/ops_workload_observability_create_alerts.html',
  services: JOBS,
  topology: true,
  check: (ctx) =>
    ctx
      .nodesOf(...JOBS)
      .filter(
        (j) =>
          ctx.targets(j, 'sns-topic', 'eventbridge', 'cloudwatch').length === 0 &&
          ctx.sources(j, 'cloudwatch', ...ORCHESTRATORS).length === 0,
      )
      .map((j) => ({ nodes: [j.id], message: `Failures of ${j.label ?? j.id} reach nobody` })),
};

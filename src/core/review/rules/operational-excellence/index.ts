import type { Rule } from '../../types.ts';
import { rule as alarmWithoutAction } from './alarm-without-action.ts';
import { rule as beanstalkAllAtOnceDeployment } from './beanstalk-all-at-once-deployment.ts';
import { rule as beanstalkEnhancedHealthOff } from './beanstalk-enhanced-health-off.ts';
import { rule as beanstalkManagedUpdatesOff } from './beanstalk-managed-updates-off.ts';
import { rule as criticalServiceWithoutAlarms } from './critical-service-without-alarms.ts';
import { rule as criticalServiceWithoutLogs } from './critical-service-without-logs.ts';
import { rule as dataPipelineFailureAlertsOff } from './data-pipeline-failure-alerts-off.ts';
import { rule as deadLetterQueueWithoutAlarm } from './dead-letter-queue-without-alarm.ts';
import { rule as ec2WithoutPatchManagement } from './ec2-without-patch-management.ts';
import { rule as ecsContainerInsightsOff } from './ecs-container-insights-off.ts';
import { rule as ecsDeploymentCircuitBreakerOff } from './ecs-deployment-circuit-breaker-off.ts';
import { rule as eventbridgeBusLoggingOff } from './eventbridge-bus-logging-off.ts';
import { rule as firehoseErrorLoggingOff } from './firehose-error-logging-off.ts';
import { rule as iotCoreLoggingDisabled } from './iot-core-logging-disabled.ts';
import { rule as jobWithoutFailureNotification } from './job-without-failure-notification.ts';
import { rule as kinesisRetentionTooShortForReplay } from './kinesis-retention-too-short-for-replay.ts';
import { rule as mqAutoMinorUpgradeOff } from './mq-auto-minor-upgrade-off.ts';
import { rule as mwaaTaskLogsOff } from './mwaa-task-logs-off.ts';
import { rule as noDeploymentPipeline } from './no-deployment-pipeline.ts';
import { rule as productionWithoutConfigHistory } from './production-without-config-history.ts';
import { rule as untracedRequestPath } from './untraced-request-path.ts';
import { rule as vpnTunnelLogsOff } from './vpn-tunnel-logs-off.ts';

/** The operational-excellence rules, in id order; the registry reads this list. */
export const rules: Rule[] = [
  alarmWithoutAction,
  beanstalkAllAtOnceDeployment,
  beanstalkEnhancedHealthOff,
  beanstalkManagedUpdatesOff,
  criticalServiceWithoutAlarms,
  criticalServiceWithoutLogs,
  dataPipelineFailureAlertsOff,
  deadLetterQueueWithoutAlarm,
  ec2WithoutPatchManagement,
  ecsContainerInsightsOff,
  ecsDeploymentCircuitBreakerOff,
  eventbridgeBusLoggingOff,
  firehoseErrorLoggingOff,
  iotCoreLoggingDisabled,
  jobWithoutFailureNotification,
  kinesisRetentionTooShortForReplay,
  mqAutoMinorUpgradeOff,
  mwaaTaskLogsOff,
  noDeploymentPipeline,
  productionWithoutConfigHistory,
  untracedRequestPath,
  vpnTunnelLogsOff,
];

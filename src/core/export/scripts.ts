/**
 * deploy.sh and deploy.ps1 of the bundle. They are fixed text plus values from closed sets: stack
 * names reduced to CloudFormation's `[A-Za-z][-A-Za-z0-9]*`, Region codes and file names made from
 * them. No label, name or note from the design ever reaches a script, not even in a comment, so
 * nothing a user typed can run. Both scripts quote every expansion; shellcheck checks deploy.sh.
 */

/** What the scripts deploy: one entry per stack. */
export interface ScriptStack {
  region: string;
  /** Path of the template inside the bundle, e.g. `templates/us-east-1.yaml`. */
  template: string;
  /** Folder of the per-environment parameter files, e.g. `parameters/us-east-1`. */
  parameters: string;
  /** Whether the template creates IAM resources (the deploy needs the IAM capabilities). */
  iam: boolean;
  /** Whether the template is over the 51,200 bytes `deploy` accepts inline (it then needs an S3 bucket). */
  large: boolean;
}

const SAFE_NAME = /^[A-Za-z][-A-Za-z0-9]*$/;
const SAFE_PATH = /^[A-Za-z0-9][A-Za-z0-9/._-]*$/;

function check(stacks: readonly ScriptStack[], base: string): void {
  if (!SAFE_NAME.test(base)) throw new Error(`unsafe stack name ${JSON.stringify(base)}`);
  for (const s of stacks) {
    for (const v of [s.region, s.template, s.parameters])
      if (!SAFE_PATH.test(v)) throw new Error(`unsafe script value ${JSON.stringify(v)}`);
  }
}

/** The bash deploy script. */
export function deploySh(stacks: readonly ScriptStack[], base: string): string {
  check(stacks, base);
  const multi = stacks.length > 1;
  const calls = stacks
    .map(
      (s) =>
        `deploy_stack '${s.template}' '${s.region}' '${s.parameters}' '${s.iam ? 'iam' : ''}' '${s.large ? 'large' : ''}'`,
    )
    .join('\n');
  return `#!/usr/bin/env bash
# Deploys the CloudFormation stacks of this bundle with "aws cloudformation deploy", which creates
# a change set and executes it. Run ./deploy.sh --help for the options.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: ./deploy.sh [--environment dev|staging|prod] [--region REGION] [--stack-name NAME]
                   [--s3-bucket BUCKET] [--dry-run]

  -e, --environment  environment to deploy (parameters/<region>/<environment>.params); default dev
  -r, --region       ${multi ? 'deploy only the stack of this Region' : 'deploy to this Region instead of the one designed'}
  -s, --stack-name   stack name prefix; the environment${multi ? ' and the Region are' : ' is'} appended
  -b, --s3-bucket    bucket to upload templates over 51,200 bytes to (required for those)
  -n, --dry-run      create the change sets and show them, without executing them
  -h, --help         show this help
USAGE
}

environment="dev"
region=""
stack_base='${base}'
bucket=""
dry_run="false"
while [[ $# -gt 0 ]]; do
  case "$1" in
    -e | --environment) environment="\${2:?--environment needs a value}"; shift 2 ;;
    -r | --region) region="\${2:?--region needs a value}"; shift 2 ;;
    -s | --stack-name) stack_base="\${2:?--stack-name needs a value}"; shift 2 ;;
    -b | --s3-bucket) bucket="\${2:?--s3-bucket needs a value}"; shift 2 ;;
    -n | --dry-run) dry_run="true"; shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "deploy.sh: unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done

case "$environment" in
  dev | staging | prod) ;;
  *) echo "deploy.sh: environment must be dev, staging or prod" >&2; exit 2 ;;
esac
if [[ ! "$stack_base" =~ ^[A-Za-z][-A-Za-z0-9]*$ ]]; then
  echo "deploy.sh: the stack name must start with a letter and hold only letters, digits and hyphens" >&2
  exit 2
fi
if [[ -n "$region" && ! "$region" =~ ^[a-z]{2}(-[a-z]+)+-[0-9]+$ ]]; then
  echo "deploy.sh: $region is not a Region code" >&2
  exit 2
fi
command -v aws >/dev/null 2>&1 || { echo "deploy.sh: the AWS CLI (v2) is required: https://aws.amazon.com/cli/" >&2; exit 1; }

here="$(cd "$(dirname "\${BASH_SOURCE[0]}")" && pwd)"
deployed=0

deploy_stack() {
  local template="$here/$1" target="$2" params="$here/$3/$environment.params" iam="$4" large="$5"
  ${multi ? `if [[ -n "$region" && "$region" != "$target" ]]; then return 0; fi` : `if [[ -n "$region" ]]; then target="$region"; fi`}
  local stack="$stack_base-$environment${multi ? '-$2' : ''}"
  local -a overrides=()
  if [[ -f "$params" ]]; then
    local line
    while IFS= read -r line || [[ -n "$line" ]]; do
      [[ -z "$line" || "$line" == \\#* ]] && continue
      overrides+=("$line")
    done <"$params"
  fi
  local -a cli=(cloudformation deploy --template-file "$template" --stack-name "$stack" --region "$target" --no-fail-on-empty-changeset --tags "Environment=$environment")
  if ((\${#overrides[@]} > 0)); then cli+=(--parameter-overrides "\${overrides[@]}"); fi
  if [[ -n "$iam" ]]; then cli+=(--capabilities CAPABILITY_IAM CAPABILITY_NAMED_IAM); fi
  if [[ -n "$bucket" ]]; then
    cli+=(--s3-bucket "$bucket")
  elif [[ -n "$large" ]]; then
    echo "deploy.sh: $1 is over 51,200 bytes: pass --s3-bucket BUCKET to upload it" >&2
    exit 2
  fi
  if [[ "$dry_run" == "true" ]]; then cli+=(--no-execute-changeset); fi
  echo "==> $stack ($target)"
  aws "\${cli[@]}"
  deployed=$((deployed + 1))
}

${calls}

if [[ "$deployed" -eq 0 ]]; then
  echo "deploy.sh: no stack in this bundle is for Region $region" >&2
  exit 2
fi
`;
}

/** The PowerShell deploy script, with the same options as deploy.sh. */
export function deployPs1(stacks: readonly ScriptStack[], base: string): string {
  check(stacks, base);
  const multi = stacks.length > 1;
  const calls = stacks
    .map(
      (s) =>
        `Deploy-Stack -Template '${s.template}' -Target '${s.region}' -Parameters '${s.parameters}' -Iam $${s.iam} -Large $${s.large}`,
    )
    .join('\n');
  return `<#
.SYNOPSIS
Deploys the CloudFormation stacks of this bundle with "aws cloudformation deploy" (change sets).
.PARAMETER Region
${multi ? 'Deploy only the stack of this Region.' : 'Deploy to this Region instead of the one designed.'}
.PARAMETER DryRun
Create the change sets and show them, without executing them.
#>
[CmdletBinding()]
param(
  [ValidateSet('dev', 'staging', 'prod')][string]$Environment = 'dev',
  [ValidatePattern('^([a-z]{2}(-[a-z]+)+-[0-9]+)?$')][string]$Region = '',
  [ValidatePattern('^[A-Za-z][-A-Za-z0-9]*$')][string]$StackName = '${base}',
  [string]$S3Bucket = '',
  [switch]$DryRun
)
$ErrorActionPreference = 'Stop'
if (-not (Get-Command aws -ErrorAction SilentlyContinue)) { throw 'The AWS CLI (v2) is required: https://aws.amazon.com/cli/' }
$here = $PSScriptRoot
$deployed = 0

function Deploy-Stack([string]$Template, [string]$Target, [string]$Parameters, [bool]$Iam, [bool]$Large) {
  ${multi ? `if ($Region -and $Region -ne $Target) { return }` : `if ($Region) { $Target = $Region }`}
  $stack = "$StackName-$Environment${multi ? '-$Target' : ''}"
  $params = Join-Path (Join-Path $here $Parameters) "$Environment.params"
  $overrides = @()
  if (Test-Path -LiteralPath $params) {
    $overrides = @(Get-Content -LiteralPath $params | Where-Object { $_ -and -not $_.StartsWith('#') })
  }
  $cli = @('cloudformation', 'deploy', '--template-file', (Join-Path $here $Template), '--stack-name', $stack, '--region', $Target, '--no-fail-on-empty-changeset', '--tags', "Environment=$Environment")
  if ($overrides.Count -gt 0) { $cli += '--parameter-overrides'; $cli += $overrides }
  if ($Iam) { $cli += @('--capabilities', 'CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM') }
  if ($S3Bucket) { $cli += @('--s3-bucket', $S3Bucket) }
  elseif ($Large) { throw "$Template is over 51,200 bytes: pass -S3Bucket to upload it" }
  if ($DryRun) { $cli += '--no-execute-changeset' }
  Write-Host "==> $stack ($Target)"
  & aws @cli
  if ($LASTEXITCODE -ne 0) { throw "aws cloudformation deploy failed for $stack" }
  $script:deployed += 1
}

${calls}

if ($deployed -eq 0) { throw "No stack in this bundle is for Region $Region" }
`;
}

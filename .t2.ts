import { toCloudFormation } from './src/core/export/cloudformation.ts';
import { validateTemplate, formatTemplateErrors } from './test-support/validate-template.ts';
import d from './catalog/examples/serverless-api.json' with { type: 'json' };
const r = toCloudFormation(d as never);
for (const s of r.stacks) console.log(s.region, formatTemplateErrors(validateTemplate(s.template)));
console.log(r.manualSteps);

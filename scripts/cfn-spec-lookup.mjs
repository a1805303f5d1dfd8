#!/usr/bin/env node
// Prints a CloudFormation resource type's properties (with nested type definitions) and
// attributes from the official spec (@aws-cdk/aws-service-spec). Catalog authoring aid.
import { loadAwsServiceSpecSync } from '@aws-cdk/aws-service-spec';

const type = process.argv[2];
if (!type) {
  console.error('usage: node scripts/cfn-spec-lookup.mjs AWS::Service::Resource');
  process.exit(2);
}
const db = loadAwsServiceSpecSync();
const [resource] = db.lookup('resource', 'cloudFormationType', 'equals', type);
if (!resource) {
  console.error(`${type}: not in the spec`);
  process.exit(1);
}

function typeName(t) {
  switch (t.type) {
    case 'ref':
      return db.get('typeDefinition', t.reference.$ref).name;
    case 'array':
      return `Array<${typeName(t.element)}>`;
    case 'map':
      return `Map<${typeName(t.element)}>`;
    case 'union':
      return t.types.map(typeName).join(' | ');
    default:
      return t.type;
  }
}
function printProps(props, indent) {
  for (const [name, p] of Object.entries(props)) {
    console.log(`${indent}${name}: ${typeName(p.type)}${p.required ? ' (required)' : ''}`);
  }
}
console.log(`${type}\n properties:`);
printProps(resource.properties, '  ');
console.log(' attributes:', Object.keys(resource.attributes).join(', '));
const defs = db.follow('usesType', resource).map((r) => r.entity);
for (const def of defs) {
  console.log(` type ${def.name}:`);
  printProps(def.properties, '    ');
}

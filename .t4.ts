import { validateTemplate, formatTemplateErrors } from './test-support/validate-template.ts';
const t = {
  AWSTemplateFormatVersion: '2010-09-09',
  Parameters: { Env: { Type: 'String', Default: 'x', AllowedValues: ['a'] } },
  Resources: {
    Q: { Type: 'AWS::SQS::Queue', Properties: { VisibilityTimeout: 'abc', Nope: 1, DelaySeconds: [1], RedrivePolicy: { a: 1 }, Tags: [{ Key: 'a' }] }, DependsOn: ['Missing'], Condition: 'NoCond' },
    F: { Type: 'AWS::Lambda::Function', Properties: { Role: { 'Fn::GetAtt': ['Q', 'Nope'] }, Code: { ZipFile: { 'Fn::Sub': '${Unknown} ${Q.Arn} ${Q.Bad}' } }, Runtime: { Ref: 'Ghost' }, MemorySize: true, VpcConfig: { SubnetIds: 'x' } } },
    X: { Type: 'AWS::Nope::Thing' },
    T: { Type: 'AWS::DynamoDB::Table', Properties: { KeySchema: [{ AttributeName: 'a' }] } },
  },
  Outputs: { O: { Value: { Ref: 'Nobody' } } },
};
console.log(formatTemplateErrors(validateTemplate(t)));

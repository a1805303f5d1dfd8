/**
 * API Gateway REST APIs: one path per integrated function (`/<function>` and `/<function>/{proxy+}`,
 * Lambda proxy integration, with the permission for API Gateway to invoke it). A deployment needs
 * at least one method, so an API with no integration gets a mock method on its root.
 */
import type { DesignEdge } from '../model/types.ts';
import type { ExportContext, NodeOut } from './context.ts';
import { kebab } from './services/names.ts';
import { getAtt, ref, sub, type Json } from './template.ts';
import { lambdaPermission } from './wiring.ts';

function method(
  ctx: ExportContext,
  api: NodeOut,
  id: string,
  resourceId: Json,
  integration: Record<string, Json>,
  edge?: string,
): void {
  ctx.add(
    api.stack,
    id,
    'AWS::ApiGateway::Method',
    {
      RestApiId: ref(api.ids[0]),
      ResourceId: resourceId,
      HttpMethod: 'ANY',
      AuthorizationType: 'NONE',
      Integration: integration,
    },
    api.node.id,
    edge ? { edge } : {},
  );
  const methods = ctx.apiMethods.get(api.node.id) ?? [];
  methods.push(id);
  ctx.apiMethods.set(api.node.id, methods);
}

/** Wires API Gateway to a Lambda function; other targets are left to a manual step. */
export function apiIntegration(
  ctx: ExportContext,
  api: NodeOut,
  target: NodeOut,
  edge: DesignEdge,
): boolean {
  if (target.node.service !== 'lambda-function') {
    ctx.note(
      api.node.id,
      `Add the integration with ${ctx.describe(target.node.id)} (${target.node.service}): only Lambda proxy integrations are generated.`,
    );
    return false;
  }
  const fn = target.ids[0];
  const integration: Record<string, Json> = {
    Type: 'AWS_PROXY',
    IntegrationHttpMethod: 'POST',
    Uri: sub(
      `arn:\${AWS::Partition}:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${${fn}.Arn}/invocations`,
    ),
  };
  const path = ctx.ids.claim(`${api.ids[0]}${fn}Resource`, 'ApiResource');
  ctx.add(
    api.stack,
    path,
    'AWS::ApiGateway::Resource',
    {
      RestApiId: ref(api.ids[0]),
      ParentId: getAtt(api.ids[0], 'RootResourceId'),
      PathPart: kebab(fn),
    },
    api.node.id,
    { edge: edge.id },
  );
  const proxy = ctx.ids.claim(`${api.ids[0]}${fn}ProxyResource`, 'ApiProxyResource');
  ctx.add(
    api.stack,
    proxy,
    'AWS::ApiGateway::Resource',
    { RestApiId: ref(api.ids[0]), ParentId: ref(path), PathPart: '{proxy+}' },
    api.node.id,
    { edge: edge.id },
  );
  method(
    ctx,
    api,
    ctx.ids.claim(`${api.ids[0]}${fn}Method`, 'ApiMethod'),
    ref(path),
    integration,
    edge.id,
  );
  method(
    ctx,
    api,
    ctx.ids.claim(`${api.ids[0]}${fn}ProxyMethod`, 'ApiProxyMethod'),
    ref(proxy),
    integration,
    edge.id,
  );
  lambdaPermission(
    ctx,
    target,
    api,
    'apigateway.amazonaws.com',
    sub(
      `arn:\${AWS::Partition}:execute-api:\${AWS::Region}:\${AWS::AccountId}:\${${api.ids[0]}}/*`,
    ),
    edge,
  );
  return true;
}

/** Gives each REST API its deployment order (after its methods), or a mock root method when it has none. */
export function finishApis(ctx: ExportContext): void {
  for (const id of ctx.index.byService.get('api-gateway') ?? []) {
    const api = ctx.outs.get(id);
    if (!api || api.ids.length < 3) continue;
    if (!ctx.apiMethods.has(id)) {
      method(
        ctx,
        api,
        ctx.ids.claim(`${api.ids[0]}RootMethod`, 'ApiRootMethod'),
        getAtt(api.ids[0], 'RootResourceId'),
        {
          Type: 'MOCK',
          RequestTemplates: { 'application/json': '{"statusCode": 200}' },
          IntegrationResponses: [{ StatusCode: '200' }],
        },
      );
      const def = api.stack.resources.get(ctx.apiMethods.get(id)![0])!;
      def.Properties!.MethodResponses = [{ StatusCode: '200' }];
    }
    // A deployment snapshots the methods that exist when it is created: it must come after them.
    for (const m of ctx.apiMethods.get(id)!) ctx.dependsOn(api.stack, api.ids[1], m);
  }
}

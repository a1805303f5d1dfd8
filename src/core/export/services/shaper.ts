/**
 * What a per-service mapping gets to work with: the node's effective properties, its resources'
 * properties by catalog index, and ways to add resources and parameters with stable names.
 */
import type { PropValue } from '../../model/types.ts';
import type { ExportContext, NodeOut } from '../context.ts';
import { propValue } from '../properties.ts';
import type { CfnParameter, CfnResourceDef, Json } from '../template.ts';

export class Shaper {
  constructor(
    readonly ctx: ExportContext,
    readonly out: NodeOut,
  ) {}

  /** The node's value for a property, or the catalog default. */
  p(key: string): PropValue | undefined {
    return propValue(this.out.entry, this.out.node.props, key);
  }

  /** Logical id of the node's i-th catalog resource. */
  id(i = 0): string {
    return this.out.ids[i];
  }

  /** Properties of the node's i-th catalog resource. */
  res(i = 0): Record<string, Json> {
    return this.ctx.props(this.out.stack, this.out.ids[i]);
  }

  def(i = 0): CfnResourceDef | undefined {
    return this.out.stack.resources.get(this.out.ids[i]);
  }

  /** Index of the node's resource of a type, or -1. */
  indexOf(type: string): number {
    return this.out.ids.findIndex((id) => this.out.stack.resources.get(id)?.Type === type);
  }

  /** Adds a resource named `<primary><suffix>` and returns its logical id. */
  add(
    suffix: string,
    type: string,
    props: Record<string, Json>,
    extra: Partial<CfnResourceDef> = {},
  ): string {
    const id = this.ctx.ids.claim(`${this.out.ids[0]}${suffix}`, suffix);
    this.ctx.add(this.out.stack, id, type, props, this.out.node.id, extra);
    return id;
  }

  /** Drops one of the node's catalog resources the design's settings make pointless. */
  drop(i: number): void {
    this.out.stack.resources.delete(this.out.ids[i]);
  }

  /** A parameter named `<primary><suffix>`, or null past CloudFormation's limit. */
  param(suffix: string, def: CfnParameter): string | null {
    return this.ctx.param(this.out.stack, `${this.out.ids[0]}${suffix}`, def);
  }

  note(reason: string): void {
    this.ctx.note(this.out.node.id, reason);
  }
}

export type ShapeFn = (s: Shaper) => void;

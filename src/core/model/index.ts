export * from './types.ts';
export * from './cidr.ts';
export * from './graph.ts';
export * from './check.ts';
export * from './migrate.ts';
export * from './restore.ts';
export * from './ops.ts';
export { MAX_LABEL, MAX_NOTES, ID_PATTERN } from './shape.ts';
export * from './clipboard.ts';

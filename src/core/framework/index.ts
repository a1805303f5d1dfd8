export * from './types.ts';
export * from './questions.ts';

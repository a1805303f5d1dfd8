/**
 * Type fills for services whose resources need configuration that a design does not hold:
 * the minimal settings that deploy, with parameters for what only the user can know.
 */
import type { Json } from '../template.ts';
import type { Fill } from './fillers.ts';

export const FILLS_MORE: Readonly<Record<string, Fill>> = {};

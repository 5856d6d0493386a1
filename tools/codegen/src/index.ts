export { clientTables } from './client/emit-client.ts';
export { CodegenError } from './errors.ts';
export { type GenerateOptions, type GenerateResult, generate } from './generate.ts';
export { type LoadedApi, type Target, type TargetName, targets } from './targets.ts';
export { emitValidators } from './validation/emit-validators.ts';

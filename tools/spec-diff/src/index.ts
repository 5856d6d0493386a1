export { diffDocuments, diffSpecs } from './diff/diff-specs.ts';
export { formatReport, type OutputFormat, outputFormats } from './format/index.ts';
export { type LoadedSpec, loadSpec, loadSpecFromString } from './load/load-spec.ts';
export { parseSpecInput, type SpecInput, SpecInputError } from './load/spec-input.ts';
export type { Change, DiffReport, Level } from './model.ts';
export { catalogue, type Rule } from './rules.ts';

// The helpers generated validators call, and the types consumers see. Ordinary tested code:
// generated modules import it instead of repeating it.
export {
  type Alternative,
  noAlternativeMatched,
  severalAlternativesMatched,
} from './alternatives.ts';
export { acceptAnything, type Check, type JsonObject } from './check.ts';
export { type DynamicScope, enterScope } from './dynamic-scope.ts';
export {
  type Evaluated,
  evaluated,
  evaluateIndex,
  evaluateItems,
  evaluateProperty,
  isEvaluatedItem,
  isEvaluatedProperty,
  mergeEvaluated,
} from './evaluated.ts';
export { isDate, isDateTime, isUuid } from './formats.ts';
export {
  addIssue,
  addIssueAt,
  describeValue,
  expected,
  expectedOrMissing,
  formatIssue,
  formatPath,
  type Issue,
  type Path,
  type PathSegment,
  pathTo,
  rootPath,
} from './issues.ts';
export { jsonEqual } from './json-equal.ts';
export { type JsonType, jsonTypeOf } from './json-type.ts';
export { isMultipleOf } from './multiple-of.ts';
export { propertyNameIssue } from './property-names.ts';
export { codePointLength } from './string-length.ts';
export { duplicateItems } from './unique-items.ts';
export { ValidationError } from './validation-error.ts';
export { createValidator, type ValidationResult, type Validator } from './validator.ts';

// Deprecation, sunset and stability rules: an operation or parameter deprecated with an `x-sunset`
// date may go only once that date has passed; one marked `x-stability-level: alpha` or `draft` may
// change at any time.
import type { RuleDefinition } from './rule.ts';

export const lifecycleRules: readonly RuleDefinition[] = [
  {
    id: 'api-removed-before-sunset',
    description: 'deprecated operation removed before its `x-sunset` date',
  },
  {
    id: 'api-path-removed-before-sunset',
    description: 'path removed before the `x-sunset` date of one of its deprecated operations',
  },
  {
    id: 'request-parameter-removed-before-sunset',
    description: 'deprecated parameter removed before its `x-sunset` date',
  },
  {
    id: 'endpoint-deprecated-with-sunset',
    description: 'operation deprecated, with an `x-sunset` date',
  },
  {
    id: 'api-stability-decreased',
    description: 'operation `x-stability-level` lowered (e.g. stable to beta)',
  },
  {
    id: 'api-stability-increased',
    description: 'operation `x-stability-level` raised (e.g. beta to stable)',
  },
  {
    id: 'sunset-deleted',
    description: '`x-sunset` removed from an operation that is still deprecated',
  },
  {
    id: 'api-sunset-date-changed-too-small',
    description: '`x-sunset` of a deprecated operation moved earlier',
  },
  {
    id: 'api-deprecated-sunset-missing',
    description: 'operation deprecated without `x-sunset`, when deprecation days are asked for',
  },
  {
    id: 'api-deprecated-sunset-parse',
    description: '`x-sunset` of a newly deprecated operation is not a date',
  },
  {
    id: 'api-sunset-date-too-small',
    description:
      '`x-sunset` of a newly deprecated operation closer than the deprecation days asked for',
  },
  {
    id: 'api-invalid-stability-level',
    description: '`x-stability-level` is not draft, alpha, beta or stable',
  },
  {
    id: 'request-property-deprecated-with-sunset',
    description: 'request property deprecated, with an `x-sunset` date',
  },
  {
    id: 'response-property-deprecated-with-sunset',
    description: 'response property deprecated, with an `x-sunset` date',
  },
  {
    id: 'request-parameter-deprecated-sunset-missing',
    description: 'parameter deprecated without `x-sunset`, when deprecation days are asked for',
  },
  {
    id: 'request-parameter-sunset-date-too-small',
    description:
      '`x-sunset` of a newly deprecated parameter closer than the deprecation days asked for',
  },
  {
    id: 'request-parameter-sunset-parse',
    description: '`x-sunset` of a newly deprecated parameter is not a date',
  },
  {
    id: 'request-parameter-sunset-deleted',
    description: '`x-sunset` removed from a parameter that is still deprecated',
  },
  {
    id: 'request-parameter-sunset-date-changed-too-small',
    description: '`x-sunset` of a deprecated parameter moved earlier',
  },
];

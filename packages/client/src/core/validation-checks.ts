import type { OperationInfo } from '../operation-table.ts';
import {
  type CallTarget,
  RequestValidationError,
  ResponseValidationError,
  type ValidationIssue,
} from './errors.ts';
import type { StandardValidator, ValidationChecks, ValidatorModule } from './validator-types.ts';

/** Request and response checks over one API's generated validators. */
export function validationChecks(validators: ValidatorModule): ValidationChecks {
  return {
    /** Throws RequestValidationError when the parameters or the body break the spec. */
    async request(
      target: CallTarget,
      operation: OperationInfo,
      params: Readonly<Record<string, unknown>>,
      body: unknown,
      mediaType: string | undefined,
    ) {
      const set = validators.operations[operation.operationId];
      if (!set) return;
      const issues: ValidationIssue[] = [];
      for (const [location, validator] of Object.entries(set.parameters ?? {})) {
        if (validator) await collect(validator, params[location] ?? {}, `/${location}`, issues);
      }
      if (body !== undefined && set.requestBody) {
        const validator = pick(set.requestBody, mediaType);
        if (validator) await collect(validator, body, '/body', issues);
      }
      if (issues.length > 0) throw new RequestValidationError(target, issues);
    },
    /** Throws ResponseValidationError when a parsed response body breaks the spec. */
    async response(
      target: CallTarget,
      operation: OperationInfo,
      status: number,
      mediaType: string,
      body: unknown,
    ) {
      const responses = validators.operations[operation.operationId]?.responses;
      const byMediaType =
        responses?.[String(status)] ?? responses?.[`${String(status)[0]}XX`] ?? responses?.default;
      const validator = byMediaType && pick(byMediaType, mediaType);
      if (!validator) return;
      const issues: ValidationIssue[] = [];
      await collect(validator, body, '', issues);
      if (issues.length > 0) throw new ResponseValidationError(target, status, issues);
    },
  };
}

/** The validator of `mediaType`, else the first one: an XML body is decoded to the JSON model. */
function pick(
  byMediaType: Readonly<Record<string, StandardValidator | undefined>>,
  mediaType: string | undefined,
): StandardValidator | undefined {
  return (mediaType && byMediaType[mediaType]) || Object.values(byMediaType)[0];
}

async function collect(
  validator: StandardValidator,
  value: unknown,
  prefix: string,
  into: ValidationIssue[],
) {
  const result = await validator['~standard'].validate(value);
  for (const issue of result.issues ?? []) {
    const path = (issue.path ?? [])
      .map((segment) =>
        String(typeof segment === 'object' ? segment.key : segment)
          .replaceAll('~', '~0')
          .replaceAll('/', '~1'),
      )
      .map((segment) => `/${segment}`)
      .join('');
    into.push({ message: issue.message, path: prefix + path });
  }
}

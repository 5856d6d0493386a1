import {
  operations as gatewayOperations,
  schemas as gatewaySchemas,
} from '@sms-contracts/validation/gateway-sms';
import {
  operations as twosmsOperations,
  schemas as twosmsSchemas,
} from '@sms-contracts/validation/twosms';
import { expect } from 'vitest';
import type { OperationValidators, StandardValidator } from '../../src/http/standard-schema.ts';
import { describeIssues } from '../../src/http/standard-schema.ts';

export type ApiName = 'gateway-sms' | 'twosms';

interface ApiValidators {
  readonly operations: Readonly<Record<string, OperationValidators>>;
  /** The envelope of statuses an operation does not document (400, 404 route, 413, 415). */
  readonly errorEnvelope: StandardValidator;
}

const apis: Record<string, ApiValidators> = {
  'gateway-sms': {
    operations: gatewayOperations as unknown as Record<string, OperationValidators>,
    errorEnvelope: gatewaySchemas.ErrorResponse,
  },
  twosms: {
    operations: twosmsOperations as unknown as Record<string, OperationValidators>,
    // ASP.NET's HttpError: what the framework itself answers for 404, 413 and 415.
    errorEnvelope: twosmsSchemas.HttpError,
  },
};

/**
 * Asserts a response body matches the spec: the schema of `operationId` for `status` and the
 * media type, or, for an error status the operation does not document, the API's error envelope.
 * Returns whether the status was documented, so tests can also pin that.
 */
export function expectMatchesSpec(
  api: ApiName,
  operationId: string | undefined,
  status: number,
  mediaType: string,
  body: unknown,
): 'documented' | 'envelope' {
  const validators = apis[api];
  if (!validators) throw new Error(`no validators registered for ${api}`);
  const documented = operationId
    ? validators.operations[operationId]?.responses[String(status)]
    : undefined;
  const validator = documented ? documented[mediaType] : validators.errorEnvelope;
  expect(validator, `${api} ${operationId} ${status} ${mediaType} is documented`).toBeDefined();
  if (!documented)
    expect(status, 'an undocumented status is an error status').toBeGreaterThanOrEqual(400);
  const result = (validator as StandardValidator)['~standard'].validate(body);
  if (result instanceof Promise) throw new Error('validators are synchronous');
  const issues = result.issues ? describeIssues(result.issues) : undefined;
  expect(issues, `${api} ${operationId} ${status} body matches the spec`).toBeUndefined();
  return documented ? 'documented' : 'envelope';
}

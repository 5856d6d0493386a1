// Rules outside schemas, and the property rules oasdiff names on their own. An id oasdiff has takes
// its level from oasdiff's catalogue; `level` is given only for ids of our own, at the level of the
// oasdiff check they refine (our stricter choices live in the policy file, not here).
import type { RuleDefinition } from './rule.ts';

export const fixedRules: readonly RuleDefinition[] = [
  // paths and operations
  {
    id: 'api-path-removed-without-deprecation',
    description: 'path removed without being deprecated first',
  },
  { id: 'api-path-removed-with-deprecation', description: 'deprecated path removed' },
  {
    id: 'api-removed-without-deprecation',
    description: 'operation removed without being deprecated first',
  },
  { id: 'api-removed-with-deprecation', description: 'deprecated operation removed' },
  { id: 'endpoint-added', description: 'operation added' },
  { id: 'endpoint-deprecated', description: 'operation deprecated' },
  { id: 'endpoint-reactivated', description: 'operation no longer deprecated' },
  { id: 'api-operation-id-removed', description: 'operationId changed or removed' },
  { id: 'api-operation-id-added', description: 'operationId added' },
  // parameters
  { id: 'new-required-request-parameter', description: 'required parameter added' },
  { id: 'new-optional-request-parameter', description: 'optional parameter added' },
  { id: 'request-parameter-removed', description: 'parameter removed' },
  { id: 'request-parameter-removed-with-deprecation', description: 'deprecated parameter removed' },
  { id: 'request-parameter-became-required', description: 'parameter became required' },
  { id: 'request-parameter-became-optional', description: 'parameter became optional' },
  { id: 'request-parameter-deprecated', description: 'parameter deprecated' },
  { id: 'request-parameter-reactivated', description: 'parameter no longer deprecated' },
  {
    id: 'request-parameter-default-value-changed',
    description: 'default value of a parameter added, changed or removed',
  },
  {
    id: 'request-path-parameter-renamed',
    level: 'INFO',
    description: 'path parameter renamed (same URL; typed clients name it in `params.path`)',
  },
  // request bodies
  { id: 'request-body-added-required', description: 'required request body added' },
  { id: 'request-body-added-optional', description: 'optional request body added' },
  { id: 'request-body-removed', description: 'request body removed' },
  { id: 'request-body-became-required', description: 'request body became required' },
  { id: 'request-body-became-optional', description: 'request body became optional' },
  { id: 'request-body-media-type-removed', description: 'request media type removed' },
  { id: 'request-body-media-type-added', description: 'request media type added' },
  // request properties
  {
    id: 'new-required-request-property',
    description: 'required property added to what clients send',
  },
  {
    id: 'new-required-request-property-with-default',
    description: 'required property with a default added to what clients send',
  },
  {
    id: 'new-optional-request-property',
    description: 'optional property added to what clients send',
  },
  { id: 'request-property-removed', description: 'property removed from what clients send' },
  { id: 'request-property-became-required', description: 'request property became required' },
  {
    id: 'request-header-property-became-required',
    description: 'property inside an object-valued header parameter became required',
  },
  {
    id: 'request-parameter-property-became-required',
    level: 'ERR',
    description: 'property inside an object-valued (`content`) parameter became required',
  },
  { id: 'request-property-became-optional', description: 'request property became optional' },
  {
    id: 'request-property-became-read-only',
    level: 'WARN',
    description: 'request property became readOnly (the server ignores what clients send)',
  },
  { id: 'request-property-deprecated', description: 'request property deprecated' },
  {
    id: 'request-property-default-value-changed',
    description: 'default value of a request property added, changed or removed',
  },
  // responses
  { id: 'response-success-status-removed', description: 'success (2xx) status removed' },
  { id: 'response-success-status-added', description: 'success (2xx) status added' },
  { id: 'response-non-success-status-removed', description: 'non-success status removed' },
  { id: 'response-non-success-status-added', description: 'non-success status added' },
  { id: 'response-media-type-removed', description: 'response media type removed' },
  { id: 'response-media-type-added', description: 'response media type added' },
  { id: 'required-response-header-removed', description: 'required response header removed' },
  { id: 'optional-response-header-removed', description: 'optional response header removed' },
  { id: 'response-header-added', description: 'response header added' },
  { id: 'response-header-became-optional', description: 'response header became optional' },
  // response properties
  {
    id: 'response-required-property-removed',
    description: 'required property removed from what clients receive (or made writeOnly)',
  },
  {
    id: 'response-optional-property-removed',
    description: 'optional property removed from what clients receive',
  },
  {
    id: 'response-required-property-added',
    description: 'required property added to what clients receive',
  },
  {
    id: 'response-optional-property-added',
    description: 'optional property added to what clients receive',
  },
  { id: 'response-property-became-optional', description: 'response property became optional' },
  { id: 'response-property-became-required', description: 'response property became required' },
  { id: 'response-property-deprecated', description: 'response property deprecated' },
  // security
  {
    id: 'api-security-removed',
    description:
      'a security alternative of an operation removed: clients that authenticate that way are refused',
  },
  { id: 'api-security-added', description: 'a security alternative of an operation added' },
  { id: 'api-security-scope-added', description: 'scope required by an operation added' },
  { id: 'api-security-scope-removed', description: 'scope required by an operation removed' },
  {
    id: 'api-security-anonymous-access-removed',
    level: 'INFO',
    description: 'operation that needed no credentials now needs them',
  },
  {
    id: 'api-security-anonymous-access-added',
    level: 'INFO',
    description: 'operation no longer needs credentials',
  },
  { id: 'api-global-security-removed', description: 'global security alternative removed' },
  { id: 'api-global-security-added', description: 'global security alternative added' },
  { id: 'api-global-security-scope-added', description: 'globally required scope added' },
  { id: 'api-global-security-scope-removed', description: 'globally required scope removed' },
  {
    id: 'api-global-security-anonymous-access-removed',
    level: 'INFO',
    description: 'API that needed no credentials now needs them',
  },
  {
    id: 'api-global-security-anonymous-access-added',
    level: 'INFO',
    description: 'API no longer needs credentials',
  },
  {
    id: 'api-security-component-changed',
    level: 'INFO',
    description:
      'security scheme changed how clients authenticate (type, scheme, header or query name, token URL, flows)',
  },
  // servers
  {
    id: 'api-server-removed',
    level: 'INFO',
    description: 'server URL removed: clients configured with it must switch',
  },
  { id: 'api-server-added', level: 'INFO', description: 'server URL added' },
];

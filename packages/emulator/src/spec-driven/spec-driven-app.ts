import type { StandardValidator } from '../http/standard-schema.ts';
import { type Answer, type AnswerRefusal, chooseAnswer } from './answer.ts';
import type { OperationModel } from './api-model.ts';
import { type CollectionOperation, CollectionStore, findCollections } from './collections.ts';
import type { SpecDrivenApi } from './generated-apis.ts';
import { readParameters, safeDecode } from './parameters.ts';
import { hasPreferences, type Preferences, readPreferences } from './prefer.ts';
import { describeViolations, problem, type Violation, violationsOf } from './problem.ts';
import { readRequestBody } from './request-body.ts';
import { type RouteResult, Router } from './router.ts';
import { type SchemeCredential, SecurityChecker } from './security.ts';
import { collectionScope, statefulAnswer } from './stateful-answer.ts';
import { serveTokenRequest, tokenPaths } from './token-endpoint.ts';

export interface SpecDrivenAppOptions {
  /** Largest request body accepted, in bytes. */
  readonly bodyLimitBytes: number;
  /** Credentials accepted per security scheme name; unset schemes take any well-formed one. */
  readonly credentials?: Readonly<Record<string, SchemeCredential>>;
  /** Check every answer against the spec's response validator (a mismatch is a 500). */
  readonly validateResponses: boolean;
}

const maxCachedAnswers = 1_000;

const parameterRoots = { path: '/path', query: '/query', header: '/headers' } as const;

/**
 * An API served from its spec alone: routes, auth and request validation from the spec, answers
 * from its examples or built from its schemas, in-memory records for collection-shaped paths.
 */
export class SpecDrivenApp {
  private readonly api: SpecDrivenApi;
  private readonly options: SpecDrivenAppOptions;
  private readonly router: Router;
  private readonly security: SecurityChecker;
  private readonly tokenPaths: Set<string>;
  private readonly collections: Map<OperationModel, CollectionOperation>;
  private readonly store = new CollectionStore();
  private readonly answers = new Map<string, Answer | AnswerRefusal>();

  constructor(api: SpecDrivenApi, options: SpecDrivenAppOptions) {
    this.api = api;
    this.options = options;
    this.router = new Router(api.model.operations);
    this.security = new SecurityChecker(api.model, options.credentials);
    this.tokenPaths = tokenPaths(api.model);
    this.collections = findCollections(api.model.operations);
  }

  /** Forgets every record and issued token. */
  reset(): void {
    this.store.reset();
    this.security.issuedTokens.clear();
  }

  /** Serves a request whose path, relative to the API's mount, is `path`. */
  async fetch(request: Request, path: string, query: URLSearchParams): Promise<Response> {
    const { model } = this.api;
    if (request.method === 'POST' && this.tokenPaths.has(path)) {
      return serveTokenRequest(request, this.security);
    }
    const routed = this.routeOf(request.method, path);
    if (routed.kind === 'no-path') {
      return problem(404, `${model.title} has no operation at ${path}`);
    }
    if (routed.kind === 'no-method') {
      return problem(405, `${path} takes ${routed.allowed.join(', ')}, not ${request.method}`, {
        headers: { allow: routed.allowed.join(', ') },
      });
    }
    const { operation, pathValues } = routed.match;
    const refusal = this.security.check(operation, request, query);
    if (refusal) {
      return problem(401, refusal.detail, {
        headers: { 'www-authenticate': refusal.challenge },
        violations: [{ pointer: '/headers/authorization', message: refusal.detail }],
      });
    }

    const checked = await this.checkRequest(operation, pathValues, request, query);
    if (checked instanceof Response) return checked;
    const body = checked.body;

    const preferences = readPreferences(request.headers.get('prefer'), query);
    const chosen = this.answerFor(operation, preferences, request.headers.get('accept'));
    if ('refused' in chosen) return problem(404, chosen.refused);
    let answer: Answer = chosen;
    const target = this.collections.get(operation);
    if (target && !hasPreferences(preferences) && chosen.status < 300) {
      const validator = this.responseValidator(operation.id, chosen);
      const decoded = decodeAll(pathValues);
      const stateful = statefulAnswer(this.store, {
        target,
        pathValues: decoded,
        body,
        base: chosen,
        isValid: (record) => validator === undefined || isValidSync(validator, record),
      });
      if (!stateful) {
        const scope = collectionScope(target.collection, decoded);
        const id = decoded[target.collection.idParameter];
        return problem(404, `no record ${id} in ${scope}: create one with POST ${scope}`);
      }
      answer = stateful;
    }
    if (this.options.validateResponses) {
      const mismatch = await this.responseMismatch(operation.id, answer);
      if (mismatch) return problem(500, mismatch);
    }
    const response = render(answer);
    // HEAD served by a GET operation: its status and headers, no body (RFC 9110 §9.3.2).
    return request.method === 'HEAD' && response.body !== null
      ? new Response(null, { status: response.status, headers: response.headers })
      : response;
  }

  /**
   * Reads the request's parameters and body and validates them: the body as data, or the 4xx
   * problem listing every violation by its JSON Pointer.
   */
  private async checkRequest(
    operation: OperationModel,
    pathValues: Readonly<Record<string, string>>,
    request: Request,
    query: URLSearchParams,
  ): Promise<{ readonly body: unknown } | Response> {
    const { model, validators } = this.api;
    const operationValidators = validators[operation.id];
    const parameters = readParameters(operation, pathValues, query, request.headers, model.schemas);
    const violations: Violation[] = [];
    for (const location of ['path', 'query', 'header'] as const) {
      const validator = operationValidators?.parameters?.[location];
      if (!validator) continue;
      const found = await issuesOf(validator, parameters[location], parameterRoots[location]);
      // Header names are case-insensitive: pointers name them in lower case.
      violations.push(
        ...(location === 'header'
          ? found.map((v) => ({ ...v, pointer: v.pointer.toLowerCase() }))
          : found),
      );
    }
    const body = await readRequestBody(
      request,
      operation,
      model.schemas,
      this.options.bodyLimitBytes,
    );
    if (body.kind === 'refused') {
      const violation = { pointer: body.pointer, message: body.message };
      if (body.status !== 400) {
        return problem(body.status, body.message, { violations: [violation] });
      }
      violations.push(violation);
    } else if (body.kind === 'ok' && body.typed) {
      const validator = operationValidators?.requestBody?.[body.mediaType];
      if (validator) violations.push(...(await issuesOf(validator, body.value, '/body')));
    }
    if (violations.length > 0) {
      return problem(invalidRequestStatus(operation.responses), describeViolations(violations), {
        violations,
      });
    }
    return { body: body.kind === 'ok' ? body.value : undefined };
  }

  /** The route of a request; a HEAD the spec does not document is served by its GET. */
  private routeOf(method: string, path: string): RouteResult {
    const routed = this.router.route(method, path);
    return method === 'HEAD' && routed.kind !== 'match' ? this.router.route('GET', path) : routed;
  }

  /**
   * The spec's answer, built once per operation, preferences and Accept (building is
   * deterministic); the cache is bounded, so endless distinct Accept headers cannot grow it.
   */
  private answerFor(
    operation: OperationModel,
    preferences: Preferences,
    accept: string | null,
  ): Answer | AnswerRefusal {
    const key = `${operation.method} ${operation.path}\n${preferences.code}\n${preferences.example}\n${preferences.dynamic}\n${accept}`;
    let answer = this.answers.get(key);
    if (!answer) {
      answer = chooseAnswer(operation, preferences, accept, this.api.model.schemas);
      if (this.answers.size < maxCachedAnswers) this.answers.set(key, answer);
    }
    return answer;
  }

  private responseValidator(operationId: string, answer: Answer): StandardValidator | undefined {
    if (answer.mediaType === undefined) return undefined;
    return this.api.validators[operationId]?.responses[answer.statusKey]?.[answer.mediaType];
  }

  private async responseMismatch(operationId: string, answer: Answer): Promise<string | undefined> {
    const validator = this.responseValidator(operationId, answer);
    if (!validator || typeof answer.body === 'string') return undefined;
    const issues = await issuesOf(validator, answer.body, '/body');
    if (issues.length === 0) return undefined;
    return `emulator bug: the ${answer.statusKey} answer of ${operationId} does not match the spec: ${describeViolations(issues)}`;
  }
}

/** The validator's issues as violations; awaits only a validator that answers asynchronously. */
function issuesOf(
  validator: StandardValidator,
  value: unknown,
  root: string,
): Violation[] | Promise<Violation[]> {
  const result = validator['~standard'].validate(value);
  const fold = (r: Awaited<typeof result>) => (r.issues ? violationsOf(r.issues, root) : []);
  return result instanceof Promise ? result.then(fold) : fold(result);
}

function isValidSync(validator: StandardValidator, value: unknown): boolean {
  const result = validator['~standard'].validate(value);
  return !(result instanceof Promise) && !result.issues;
}

/** 422 where the operation documents 422 and not 400 (as Prism prefers it), else 400. */
function invalidRequestStatus(responses: Readonly<Record<string, unknown>>): number {
  return '422' in responses && !('400' in responses) ? 422 : 400;
}

function decodeAll(values: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) out[name] = safeDecode(value);
  return out;
}

function render(answer: Answer): Response {
  if (answer.mediaType === undefined || answer.body === undefined) {
    return new Response(null, { status: answer.status });
  }
  const isJson = /json/.test(answer.mediaType);
  const text =
    typeof answer.body === 'string' && !isJson ? answer.body : JSON.stringify(answer.body);
  const contentType = answer.mediaType.includes('*') ? 'application/json' : answer.mediaType;
  return new Response(text, { status: answer.status, headers: { 'content-type': contentType } });
}

import { logLine } from '../http/request-log.ts';
import type { GeneratedApis, SpecDrivenApi } from '../spec-driven/generated-apis.ts';
import type { SchemeCredential } from '../spec-driven/security.ts';
import { SpecDrivenApp } from '../spec-driven/spec-driven-app.ts';

export interface SpecDrivenMountOptions {
  readonly bodyLimitBytes: number;
  readonly validateResponses: boolean;
  readonly credentials: (slug: string) => Readonly<Record<string, SchemeCredential>> | undefined;
  readonly log?: (line: string) => void;
}

interface ServerBase {
  readonly host: string;
  readonly basePath: string;
  readonly slug: string;
}

/**
 * Every registry API without a plugin, each served under `/<slug>` by a spec-driven app built
 * on its first request (its model and validators are imported then, not at start-up).
 */
export class SpecDrivenMounts {
  private readonly apis: GeneratedApis;
  private readonly options: SpecDrivenMountOptions;
  private readonly apps = new Map<string, Promise<SpecDrivenApp>>();
  /** Apps already built, by slug: served without awaiting their loader again. */
  private readonly ready = new Map<string, SpecDrivenApp>();
  private readonly servers: ServerBase[];

  constructor(apis: GeneratedApis, options: SpecDrivenMountOptions) {
    this.apis = apis;
    this.options = options;
    // Longest base path first, so `api.example.com/v2` wins over `api.example.com`.
    this.servers = Object.entries(apis)
      .flatMap(([slug, api]) =>
        api.servers.flatMap((text) => {
          try {
            const url = new URL(text);
            return [
              { host: url.host.toLowerCase(), basePath: url.pathname.replace(/\/$/, ''), slug },
            ];
          } catch {
            return [];
          }
        }),
      )
      .sort((a, b) => b.basePath.length - a.basePath.length);
  }

  get slugs(): string[] {
    return Object.keys(this.apis);
  }

  has(slug: string): boolean {
    return Object.hasOwn(this.apis, slug);
  }

  /** Serves `request`, whose path is `/<slug><path>`. */
  async fetch(
    request: Request,
    slug: string,
    path: string,
    query: URLSearchParams,
  ): Promise<Response> {
    const started = performance.now();
    const app = this.ready.get(slug) ?? (await this.app(slug));
    const response = await app.fetch(request, path === '' ? '/' : path, query);
    this.options.log?.(logLine(request.method, `/${slug}${path}`, response.status, started));
    return response;
  }

  /** Forgets the records and tokens of every API built so far. */
  reset(): void {
    for (const app of this.ready.values()) app.reset();
  }

  /** A request to one of an API's own servers, as an emulator URL (`/<slug>/…`). */
  emulatorUrl(url: URL): URL | undefined {
    const host = url.host.toLowerCase();
    const server = this.servers.find(
      (candidate) =>
        candidate.host === host &&
        (url.pathname === candidate.basePath || url.pathname.startsWith(`${candidate.basePath}/`)),
    );
    if (!server) return undefined;
    const rewritten = new URL(url);
    rewritten.pathname = `/${server.slug}${url.pathname.slice(server.basePath.length)}`;
    return rewritten;
  }

  private app(slug: string): Promise<SpecDrivenApp> {
    let app = this.apps.get(slug);
    if (!app) {
      const api = this.apis[slug];
      if (!api) throw new Error(`no spec-driven API ${slug}`);
      app = api.load().then(({ model, validators }) => {
        const loaded: SpecDrivenApi = {
          model,
          validators: validators as SpecDrivenApi['validators'],
        };
        const built = new SpecDrivenApp(loaded, {
          bodyLimitBytes: this.options.bodyLimitBytes,
          validateResponses: this.options.validateResponses,
          credentials: this.options.credentials(slug),
        });
        this.ready.set(slug, built);
        return built;
      });
      this.apps.set(slug, app);
    }
    return app;
  }
}

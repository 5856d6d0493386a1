import type { OpenApiDocument } from '@sms-contracts/specs/load-api';

const isInline = (url: unknown) => typeof url === 'string' && url.startsWith('data:');

/**
 * The document Redoc renders: the bundled spec without what the page cannot load. Vendors point
 * their logo (`info.x-logo.url`) at their own site: Twilio's is on static1.twilio.com, BulkSMS's
 * is `/developer/images/bulksms.png`, relative to a site that is not ours. The docs site works
 * offline and from disk, so only an inline (`data:`) logo is kept (the downloads keep any).
 */
export function referenceDocument(document: OpenApiDocument): OpenApiDocument {
  const info = document.info as Record<string, unknown> | undefined;
  const logo = info?.['x-logo'] as { url?: unknown } | undefined;
  if (!info || !logo || isInline(logo.url)) return document;
  const { 'x-logo': _remote, ...rest } = info;
  return { ...document, info: rest };
}

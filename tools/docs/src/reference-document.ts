import type { OpenApiDocument } from '@sms-contracts/specs/load-api';

const isRemote = (url: unknown) => typeof url === 'string' && /^[a-z][a-z0-9+.-]*:\/\//i.test(url);

/**
 * The document Redoc renders: the bundled spec without what would make the page fetch from the
 * network. Vendors put their logo there (`info.x-logo.url`, Twilio's is on static1.twilio.com);
 * the site works offline, so a remote logo is left out of the page (the downloads keep it).
 */
export function referenceDocument(document: OpenApiDocument): OpenApiDocument {
  const info = document.info as Record<string, unknown> | undefined;
  const logo = info?.['x-logo'] as { url?: unknown } | undefined;
  if (!info || !logo || !isRemote(logo.url)) return document;
  const { 'x-logo': _remote, ...rest } = info;
  return { ...document, info: rest };
}

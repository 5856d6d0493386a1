import { describe, expect, it } from 'vitest';
import { referenceDocument } from '../src/reference-document.ts';

const withLogo = (url: string) => ({
  openapi: '3.1.0',
  info: { title: 't', version: '1', 'x-logo': { url } },
});

describe('referenceDocument: what Redoc renders offline', () => {
  it.each([
    { given: 'https://static1.twilio.com/logo.svg', keeps: false },
    { given: '/developer/images/bulksms.png', keeps: false },
    { given: 'data:image/svg+xml;base64,PHN2Zy8+', keeps: true },
  ])('a logo at $given is kept: $keeps', ({ given, keeps }) => {
    const info = referenceDocument(withLogo(given)).info as Record<string, unknown>;
    expect('x-logo' in info).toBe(keeps);
    expect(info.title).toBe('t');
  });
});

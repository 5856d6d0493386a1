// The seed's (specs/seeds/004_*.txt) XML samples, read and written back through the shapes the
// codegen made from the twosms spec: byte for byte, and equal to the seed's JSON samples.
import { describe, expect, it } from 'vitest';
import { operations, xmlShapes } from '../src/twosms.gen.ts';
import { decodeXml, encodeXml } from '../src/xml/index.ts';
import { jsonSample, xmlSample } from './support/seed-004.ts';

const update = operations.updateMessage;

describe('seed 004 XML samples', () => {
  it('the request sample (MessageDetails) round-trips exactly', () => {
    const xml = xmlSample('MessageDetails');
    const body = update.xmlRequest['application/xml'];
    expect(encodeXml(decodeXml(xml, body, xmlShapes), body, xmlShapes)).toBe(xml);
  });

  it('the request sample reads as the JSON sample: <ID> is messageId, ANONYMOUS is 0', () => {
    const value = decodeXml(
      xmlSample('MessageDetails'),
      update.xmlRequest['application/xml'],
      xmlShapes,
    );
    expect(value).toEqual(jsonSample('messageId'));
    expect(value).toMatchObject({
      messageId: 'a2301eec-c74e-49bd-9715-bcb545c82ea1',
      AuthenticationMethod: 0,
    });
  });

  it('the JSON request sample is written as the XML sample', () => {
    expect(encodeXml(jsonSample('messageId'), update.xmlRequest['text/xml'], xmlShapes)).toBe(
      xmlSample('MessageDetails'),
    );
  });

  it('the response sample (ResponseOfSmsTransaction) round-trips exactly and reads as the JSON sample', () => {
    const xml = xmlSample('ResponseOfSmsTransaction');
    const body = update.xmlResponses['200']['application/xml'];
    const value = decodeXml(xml, body, xmlShapes);
    expect(encodeXml(value, body, xmlShapes)).toBe(xml);
    expect(value).toEqual(jsonSample('Error'));
  });
});

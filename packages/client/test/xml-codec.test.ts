import { describe, expect, it } from 'vitest';
import { decodeXml, encodeXml, UnsafeXmlError, XmlCodecError } from '../src/xml/index.ts';
import type { XmlBody } from '../src/xml/xml-shape.ts';
import { thingShapes } from './support/things-api.ts';

const thingBody: XmlBody = { root: 'ThingDetails', shape: { kind: 'ref', name: 'Thing' } };
const ns =
  'xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';

const fullThing = {
  thingId: 'a2301eec-c74e-49bd-9715-bcb545c82ea1',
  Kind: 1,
  Tags: ['red', 'blue'],
  Lines: ['one', 'two'],
  Counts: { '+12345678901': 2, plain: 3 },
  Price: 0.0315,
  Note: null,
  Child: { thingId: 'child', Kind: 0 },
};

const fullThingXml = [
  `<ThingDetails ${ns}>`,
  '  <ID>a2301eec-c74e-49bd-9715-bcb545c82ea1</ID>',
  '  <Kind>FANCY</Kind>',
  '  <Tags>',
  '    <Tag>red</Tag>',
  '    <Tag>blue</Tag>',
  '  </Tags>',
  '  <Line>one</Line>',
  '  <Line>two</Line>',
  '  <Counts>',
  '    <_x002B_12345678901>2</_x002B_12345678901>',
  '    <plain>3</plain>',
  '  </Counts>',
  '  <Price>0.0315</Price>',
  '  <Note xsi:nil="true" />',
  '  <Child>',
  '    <ID>child</ID>',
  '    <Kind>PLAIN</Kind>',
  '  </Child>',
  '</ThingDetails>',
].join('\n');

describe('encodeXml', () => {
  it('writes element names, property order, enum names, arrays, maps, nulls and nesting from the shapes', () => {
    expect(encodeXml(fullThing, thingBody, thingShapes)).toBe(fullThingXml);
  });

  it('writes on one line without indentation when asked', () => {
    const xml = encodeXml({ thingId: 'x', Kind: 0 }, thingBody, thingShapes, { indent: false });
    expect(xml).toBe(`<ThingDetails ${ns}><ID>x</ID><Kind>PLAIN</Kind></ThingDetails>`);
  });

  it('writes an enum value with no known name as its number (open enums)', () => {
    expect(encodeXml({ thingId: 'x', Kind: 7 }, thingBody, thingShapes)).toContain(
      '<Kind>7</Kind>',
    );
  });

  it('escapes markup and keeps carriage returns as character references', () => {
    const xml = encodeXml({ thingId: 'a<b>&c\r\nd', Kind: 0 }, thingBody, thingShapes);
    expect(xml).toContain('<ID>a&lt;b&gt;&amp;c&#xD;\nd</ID>');
  });

  it('says where a value does not fit its shape', () => {
    expect(() =>
      encodeXml({ thingId: 'x', Kind: 0, Price: 'cheap' }, thingBody, thingShapes),
    ).toThrowError(expect.objectContaining({ name: 'XmlCodecError', path: '/ThingDetails/Price' }));
    expect(() =>
      encodeXml({ thingId: 'x', Kind: 0, Tags: 'red' }, thingBody, thingShapes),
    ).toThrowError(/\/ThingDetails\/Tags: expected an array, found the string "red"/);
  });

  it('refuses characters XML 1.0 cannot carry', () => {
    expect(() =>
      encodeXml({ thingId: 'bell\u0007', Kind: 0 }, thingBody, thingShapes),
    ).toThrowError(/U\+0007/);
  });
});

describe('decodeXml', () => {
  it('reads back exactly what encodeXml wrote', () => {
    expect(decodeXml(fullThingXml, thingBody, thingShapes)).toEqual(fullThing);
  });

  it('round-trips text with markup, entities, whitespace and non-ASCII characters', () => {
    const value = { thingId: '  a<b>&"c"\r\n\tü€😀  ', Kind: 0, Tags: [], Note: '' };
    const xml = encodeXml(value, thingBody, thingShapes);
    expect(decodeXml(xml, thingBody, thingShapes)).toEqual(value);
  });

  it('reads enum names and, for open enums, numbers', () => {
    const read = (kind: string) =>
      decodeXml(
        `<ThingDetails><ID>x</ID><Kind>${kind}</Kind></ThingDetails>`,
        thingBody,
        thingShapes,
      );
    expect(read('FANCY')).toEqual({ thingId: 'x', Kind: 1 });
    expect(read('7')).toEqual({ thingId: 'x', Kind: 7 });
  });

  it('reads CDATA, character references, namespaces and an XML declaration', () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>\n<ThingDetails xmlns="urn:x"><ID><![CDATA[<raw>&amp;]]></ID><Kind>&#x30;</Kind><Note>&#65;&lt;</Note></ThingDetails>`;
    expect(decodeXml(xml, thingBody, thingShapes)).toEqual({
      thingId: '<raw>&amp;',
      Kind: 0,
      Note: 'A<',
    });
  });

  it('names the element path and what was expected when a value is wrong', () => {
    const attempt = (inner: string) => () =>
      decodeXml(`<ThingDetails><ID>x</ID>${inner}</ThingDetails>`, thingBody, thingShapes);
    expect(attempt('<Kind>WEIRD</Kind>')).toThrowError(
      '/ThingDetails/Kind: expected an integer or one of the names PLAIN, FANCY, found the string "WEIRD"',
    );
    expect(attempt('<Child><ID>c</ID><Kind>0</Kind><Price>cheap</Price></Child>')).toThrowError(
      expect.objectContaining({ path: '/ThingDetails/Child/Price' }),
    );
    expect(attempt('<Tags><Tag>a</Tag><Colour>b</Colour></Tags>')).toThrowError(
      expect.objectContaining({ path: '/ThingDetails/Tags/Colour' }),
    );
    expect(attempt('<Note>a</Note><Note>b</Note>')).toThrowError(/expected one <Note>, found 2/);
  });

  it('refuses a document with another root element', () => {
    expect(() => decodeXml('<Other />', thingBody, thingShapes)).toThrowError(
      expect.objectContaining({
        path: '/Other',
        message: '/Other: expected the root element <ThingDetails>, found <Other>',
      }),
    );
  });

  it('refuses malformed and truncated documents with their line and column', () => {
    expect(() =>
      decodeXml('<ThingDetails><ID>x</ID>\n<Kind>0</ThingDetails>', thingBody, thingShapes),
    ).toThrowError(/malformed XML at line 2, column \d+/);
    expect(() => decodeXml(fullThingXml.slice(0, 120), thingBody, thingShapes)).toThrowError(
      XmlCodecError,
    );
  });
});

describe('safe parsing', () => {
  const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<ThingDetails><ID>&lol9;</ID><Kind>0</Kind></ThingDetails>`;

  const xxe = `<?xml version="1.0"?>
<!DOCTYPE foo [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<ThingDetails><ID>&xxe;</ID><Kind>0</Kind></ThingDetails>`;

  it('rejects a billion-laughs document before parsing it', () => {
    expect(() => decodeXml(billionLaughs, thingBody, thingShapes)).toThrowError(UnsafeXmlError);
    expect(() => decodeXml(billionLaughs, thingBody, thingShapes)).toThrowError(
      /refused an XML document with a <!DOCTYPE> declaration/,
    );
  });

  it('rejects an XXE document and never reads the file it names', () => {
    let error: unknown;
    try {
      decodeXml(xxe, thingBody, thingShapes);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UnsafeXmlError);
    expect(String((error as Error).message)).not.toContain('root:');
  });

  it('rejects an entity declaration even without a DOCTYPE, in any letter case', () => {
    expect(() => decodeXml('<!entity x "y"><ThingDetails />', thingBody, thingShapes)).toThrowError(
      UnsafeXmlError,
    );
  });

  it('refuses undefined entity references instead of expanding or dropping them', () => {
    expect(() =>
      decodeXml(
        '<ThingDetails><ID>&xxe;</ID><Kind>0</Kind></ThingDetails>',
        thingBody,
        thingShapes,
      ),
    ).toThrowError('/ThingDetails/ID: undefined entity "&xxe;"');
  });
});

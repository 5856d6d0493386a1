// Seed 004 (the vendor's Help page for PUT api/v1/sms/messages/{messageID}) is the authority for
// the twosms spec: every fact it states must be in the spec, exactly. The facts are read from the
// seed file itself, so a change on either side shows up here; only the translation of the Help
// page's type words into JSON Schema is written by hand (`helpTypes`).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { between, helpFormats, helpTable, sampleFor } from './support/aspnet-help-page.ts';
import { loadBundledApi } from './support/load-api.ts';
import { parseXmlElement, type XmlElement } from './support/xml-element.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The part of a (dereferenced) JSON Schema these checks read. */
interface Schema {
  type?: string | string[];
  format?: string;
  pattern?: string;
  description?: string;
  title?: string;
  const?: Json;
  properties?: Record<string, Schema>;
  required?: string[];
  anyOf?: Schema[];
  xml?: { name?: string };
  'x-vendor-samples'?: { json?: Json; xml?: string };
}

interface MediaType {
  schema?: Schema;
  examples?: Record<string, { value?: Json }>;
}

// ---- The seed ------------------------------------------------------------------------------

const seedFile = resolve(import.meta.dirname, '../seeds/004_3593f4a516b77c28.txt');
const seed = readFileSync(seedFile, 'utf8');

const route = seed.slice(0, seed.indexOf('\n')); // "PUT api/v1/sms/messages/{messageID}"
const [helpMethod = '', helpPath = ''] = route.split(' ');
const methodDescription = between(seed, `${route}\n\n`, '\n\nRequest Information');
const uriParameters = helpTable(seed, 'URI Parameters', 'Body Parameters');
const bodyNote = between(seed, 'Body Parameters\n\n', '\n').trim();
const bodyFields = helpTable(seed, 'MessageDetails', 'Request Formats');
const requestFormats = helpFormats(seed, 'Request Formats', 'Response Information');
const resourceDescription = between(seed, 'Resource Description\n\n', '\n').trim();
const responseFields = helpTable(seed, 'ResponseOfSmsTransaction', 'Response Formats');
const responseFormats = helpFormats(seed, 'Response Formats');

const requestJsonSample = sampleFor(requestFormats, 'application/json');
const requestXmlSample = sampleFor(requestFormats, 'application/xml');
const responseJsonSample = sampleFor(responseFormats, 'application/json');
const responseXmlSample = sampleFor(responseFormats, 'application/xml');
const requestJson = JSON.parse(requestJsonSample) as Record<string, Json>;
const requestXml = parseXmlElement(requestXmlSample);

/** "[YYYY-MM-DDTHH:MM:SSZ]" in a description → the anchored regex it stands for. */
const dateFormat = /\[(Y{4}-M{2}-D{2}TH{2}:M{2}:S{2}Z)\]/;
function formatPattern(format: string): string {
  return `^${format.replace('YYYY', '\\d{4}').replace(/MM|DD|HH|SS/g, '\\d{2}')}$`;
}
const dateFields = bodyFields.filter((field) => dateFormat.test(field.description ?? ''));
const stated = dateFormat.exec(dateFields[0]?.description ?? '')?.[1];
if (!stated) throw new Error(`${seedFile}: no field states the [YYYY-MM-DDTHH:MM:SSZ] format`);
const datePattern = formatPattern(stated);

/** The Help page's type words → the JSON Schema keywords the spec must carry. */
const helpTypes: Record<string, Pick<Schema, 'type' | 'format'>> = {
  'globally unique identifier': { type: 'string', format: 'uuid' },
  string: { type: 'string' },
  boolean: { type: 'boolean' },
  integer: { type: 'integer', format: 'int32' },
};

// ---- The spec ------------------------------------------------------------------------------

const api = await loadBundledApi('twosms');

/** The value at `keys` in the bundled spec; throws with the JSON pointer that is missing. */
function at<T>(...keys: string[]): T {
  let value: unknown = api;
  for (const [index, key] of keys.entries()) {
    value = (value as Record<string, unknown> | undefined)?.[key];
    if (value === undefined) {
      const pointer = keys
        .slice(0, index + 1)
        .map((part) => part.replaceAll('~', '~0').replaceAll('/', '~1'));
      throw new Error(`twosms spec: nothing at #/${pointer.join('/')}`);
    }
  }
  return value as T;
}

const path = `/${helpPath}`;
const operation = [path, helpMethod.toLowerCase()] as const;
const component = (name: string) => at<Schema>('components', 'schemas', name);
const messageDetails = component('MessageDetails');
const property = (name: string) =>
  at<Schema>('components', 'schemas', 'MessageDetails', 'properties', name);
const requestMedia = (type: string) =>
  at<MediaType>('paths', ...operation, 'requestBody', 'content', type);
const responseMedia = (type: string) =>
  at<MediaType>('paths', ...operation, 'responses', '200', 'content', type);
const isXml = (mediaType: string) => mediaType.endsWith('/xml');
const formMediaType = 'application/x-www-form-urlencoded';

/** The data of the seed-based request example of a JSON or form media type. */
function requestExampleData(mediaType: string): Record<string, Json> {
  const examples = requestMedia(mediaType).examples ?? {};
  if (mediaType !== formMediaType) return examples.seedSample?.value as Record<string, Json>;
  return Object.fromEntries(new URLSearchParams(String(examples.seedSampleForm?.value)));
}

/** Differences between an XML sample and the schema's element names, order and scalars. */
function xmlMismatches(
  element: XmlElement,
  schema: Schema,
  expectedName: string,
  where: string,
): string[] {
  const problems: string[] = [];
  if (element.name !== expectedName)
    problems.push(`${where}: <${element.name}>, schema says <${expectedName}>`);
  const members = Object.entries(schema.properties ?? {}).map(([key, child]) => ({
    child,
    name: child.xml?.name ?? key,
  }));
  if (members.length === 0) {
    const titles = (schema.anyOf ?? []).flatMap((branch) => (branch.title ? [branch.title] : []));
    if (titles.length > 0 && !titles.includes(element.text))
      problems.push(`${where}: "${element.text}" is no member name`);
    if (schema.type === 'boolean' && !/^(true|false)$/.test(element.text))
      problems.push(`${where}: not a boolean`);
    if (schema.type === 'integer' && !/^-?\d+$/.test(element.text))
      problems.push(`${where}: not an integer`);
    return problems;
  }
  const actualOrder = element.children.map((child) => child.name);
  const schemaOrder = members
    .map((member) => member.name)
    .filter((name) => actualOrder.includes(name));
  if (actualOrder.join() !== schemaOrder.join()) {
    problems.push(
      `${where}: elements ${actualOrder.join(',')} but schema order ${schemaOrder.join(',')}`,
    );
  }
  for (const child of element.children) {
    const member = members.find((candidate) => candidate.name === child.name);
    if (member)
      problems.push(...xmlMismatches(child, member.child, member.name, `${where}/${child.name}`));
    else problems.push(`${where}: <${child.name}> is not in the schema`);
  }
  return problems;
}

/** Every object in a JSON sample, by JSON pointer, with its member names. */
function objectsIn(value: Json, pointer = ''): { pointer: string; keys: string[] }[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  return [
    { pointer, keys: Object.keys(value) },
    ...Object.entries(value).flatMap(([key, child]) => objectsIn(child, `${pointer}/${key}`)),
  ];
}

/** Every leaf of a JSON sample, by JSON pointer, with its JSON type. */
function leavesIn(value: Json, pointer = ''): { pointer: string; type: string }[] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, child]) => leavesIn(child, `${pointer}/${key}`));
  }
  return [{ pointer, type: typeof value }];
}

function schemaAt(root: Schema, pointer: string): Schema {
  let schema = root;
  for (const key of pointer.split('/').slice(1)) {
    const next = schema.properties?.[key];
    if (!next)
      throw new Error(`twosms spec: ResponseOfSmsTransaction has no property at ${pointer}`);
    schema = next;
  }
  return schema;
}

// ---- The facts -----------------------------------------------------------------------------

describe(`seed 004: ${route}`, () => {
  test('the operation describes the update rules in the seed words, verbatim', () => {
    expect(at<string>('paths', ...operation, 'description')).toContain(methodDescription);
  });

  test.each(uriParameters)('path parameter $name: $type, required, "$description"', (field) => {
    const parameters = at<
      { name: string; in: string; required?: boolean; description?: string; schema: Schema }[]
    >('paths', ...operation, 'parameters');
    const parameter = parameters.find((candidate) => candidate.name === field.name);
    expect(parameter).toMatchObject({
      in: 'path',
      required: field.required,
      description: field.description,
    });
    expect(parameter?.schema).toEqual(helpTypes[field.type]);
  });

  test(`the request body says "${bodyNote}" and is required`, () => {
    expect(at<string>('paths', ...operation, 'requestBody', 'description')).toContain(bodyNote);
    expect(at<boolean>('paths', ...operation, 'requestBody', 'required')).toBe(true);
  });

  const requestTypes = requestFormats.flatMap(({ mediaTypes, sample }) =>
    mediaTypes.map((mediaType) => ({ mediaType, sample })),
  );
  test.each(requestTypes)(
    'request body accepts $mediaType as MessageDetails',
    ({ mediaType, sample }) => {
      expect(requestMedia(mediaType).schema).toEqual(messageDetails);
      if (sample === 'Sample not available.') {
        expect(at<string>('paths', ...operation, 'requestBody', 'description')).toContain(
          'Sample not available.',
        );
      }
    },
  );

  test.each(bodyFields)('MessageDetails.$name: $type, required $required', (field) => {
    const schema = property(field.name);
    const expectedType = helpTypes[field.type];
    if (expectedType) {
      expect({ type: schema.type, format: schema.format }).toEqual({
        format: undefined,
        ...expectedType,
      });
    } else {
      // A model or enum name: the property is that component.
      expect(schema.anyOf ?? schema.properties).toEqual(
        component(field.type).anyOf ?? component(field.type).properties,
      );
    }
    expect(messageDetails.required?.includes(field.name) ?? false).toBe(field.required);
    if (field.description) expect(schema.description?.startsWith(field.description)).toBe(true);
    const hasDateFormat = dateFormat.test(field.description ?? '');
    expect(schema.pattern).toBe(hasDateFormat ? datePattern : undefined);
  });

  test('MessageDetails has exactly the seed fields, and its required list is the seed order', () => {
    expect(Object.keys(messageDetails.properties ?? {})).toEqual(
      bodyFields.map((field) => field.name),
    );
    expect(messageDetails.required).toEqual(
      bodyFields.filter((f) => f.required).map((f) => f.name),
    );
  });

  test(`XML root element is <${requestXml.name}>`, () => {
    expect(messageDetails.xml?.name).toBe(requestXml.name);
  });

  // The samples list the same fields in the same order, so zipping them names each XML element.
  const xmlNames = Object.keys(requestJson).map((name, index) => ({
    name,
    element: requestXml.children[index]?.name,
  }));
  test.each(xmlNames)('XML: $name is the element <$element>', ({ name, element }) => {
    expect(property(name).xml?.name ?? name).toBe(element);
  });

  const enumPairs = Object.entries(requestJson).flatMap(([name, value], index) => {
    const text = requestXml.children[index]?.text ?? '';
    return typeof value === 'number' && !/^-?\d+$/.test(text)
      ? [{ name, value, member: text }]
      : [];
  });
  test.each(enumPairs)(
    '$name: JSON $value is XML $member; other integers stay open',
    ({ name, value, member }) => {
      const branches = property(name).anyOf ?? [];
      expect(branches).toContainEqual(expect.objectContaining({ const: value, title: member }));
      expect(branches.at(-1)).toMatchObject({ type: 'integer', format: 'int32' });
      expect(branches.at(-1)?.const).toBeUndefined();
    },
  );

  test('the vendor samples are kept verbatim in MessageDetails.x-vendor-samples', () => {
    const samples = messageDetails['x-vendor-samples'];
    expect(JSON.stringify(samples?.json)).toBe(JSON.stringify(requestJson));
    expect(samples?.xml).toBe(requestXmlSample);
  });

  test.each(requestTypes.filter(({ mediaType }) => !isXml(mediaType)))(
    '$mediaType example = the seed sample with only the date fields made conforming',
    ({ mediaType }) => {
      const example = requestExampleData(mediaType);
      // A form carries every value as text.
      const asSent = (value: Json) => (mediaType === formMediaType ? String(value) : value);
      expect(Object.keys(example)).toEqual(Object.keys(requestJson));
      for (const [name, value] of Object.entries(requestJson)) {
        if (dateFields.some((field) => field.name === name))
          expect(example[name]).toMatch(new RegExp(datePattern));
        else expect(example[name]).toEqual(asSent(value));
      }
    },
  );

  test.each(requestTypes.filter(({ mediaType }) => isXml(mediaType)))(
    '$mediaType example seedSampleXml = the seed XML with the same date values',
    ({ mediaType }) => {
      const json = requestMedia('application/json').examples?.seedSample?.value as Record<
        string,
        Json
      >;
      const expected = dateFields.reduce(
        (xml, { name }) =>
          xml.replace(/<(\w+)>[^<]*<\/\1>/g, (element, tag: string) =>
            tag === name ? `<${tag}>${String(json[name])}</${tag}>` : element,
          ),
        requestXmlSample,
      );
      expect(requestMedia(mediaType).examples?.seedSampleXml?.value).toBe(expected);
    },
  );

  test.each([
    { sample: 'request', element: requestXml, schema: 'MessageDetails' },
    {
      sample: 'response',
      element: parseXmlElement(responseXmlSample),
      schema: 'ResponseOfSmsTransaction',
    },
  ])(
    'the $sample XML sample matches $schema: root name, element names and order',
    ({ element, schema }) => {
      const root = component(schema);
      expect(xmlMismatches(element, root, root.xml?.name ?? '(no xml.name)', element.name)).toEqual(
        [],
      );
    },
  );

  test(`the 200 response is "${resourceDescription}"`, () => {
    expect(at<string>('paths', ...operation, 'responses', '200', 'description')).toContain(
      resourceDescription,
    );
  });

  const responseTypes = responseFormats.flatMap(({ mediaTypes }) => mediaTypes);
  test.each(responseTypes)('200 response offers %s as ResponseOfSmsTransaction', (mediaType) => {
    expect(responseMedia(mediaType).schema).toEqual(component('ResponseOfSmsTransaction'));
  });

  test.each(responseFields)('ResponseOfSmsTransaction.$name is a $type', (field) => {
    const envelope = component('ResponseOfSmsTransaction');
    expect(envelope.properties?.[field.name]).toEqual(component(field.type));
    expect(envelope.required?.includes(field.name) ?? false).toBe(field.required);
  });

  const responseJson = JSON.parse(responseJsonSample) as Json;
  test.each(objectsIn(responseJson))(
    'response object "$pointer" has exactly the sample members, none required',
    ({ pointer, keys }) => {
      const schema = schemaAt(component('ResponseOfSmsTransaction'), pointer);
      expect(schema.type).toBe('object');
      expect(Object.keys(schema.properties ?? {}).sort()).toEqual([...keys].sort());
      expect(schema.required).toBeUndefined();
    },
  );

  test.each(leavesIn(responseJson))('response value "$pointer" is a $type', ({ pointer, type }) => {
    expect(schemaAt(component('ResponseOfSmsTransaction'), pointer).type).toBe(type);
  });

  test.each(responseTypes)(
    '200 response %s example is the vendor sample, verbatim',
    (mediaType) => {
      const [example] = Object.values(responseMedia(mediaType).examples ?? {});
      if (isXml(mediaType)) expect(example?.value).toBe(responseXmlSample);
      else expect(JSON.stringify(example?.value)).toBe(JSON.stringify(responseJson));
    },
  );
});

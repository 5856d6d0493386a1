// Seed 000 (shared/seeds/000_72ca95e847e27d42.txt, PUT /messages/{id}) is the contract's anchor:
// every field, type, status and rule it states must be in specs/gateway-sms/openapi.yaml. Each
// row below is one fact of the seed, checked against the bundled, dereferenced spec.
import { registerSchema, type SchemaObject, validate } from '@hyperjump/json-schema/draft-2020-12';
import { describe, expect, it } from 'vitest';
import { loadBundledApi } from './support/load-api.ts';

type Node = Record<string, unknown>;
type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

const api = await loadBundledApi('gateway-sms');
const putPath = ['paths', '/messages/{id}', 'put'] as const;

// ---- Walking the bundled document -----------------------------------------------------------

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object at `path` in the spec; throws naming the JSON pointer that is missing. */
function at(path: readonly string[], root: unknown = api): Node {
  let node: unknown = root;
  path.forEach((key, index) => {
    if (!isNode(node) || !(key in node)) {
      const pointer = path
        .slice(0, index + 1)
        .map((part) => part.replaceAll('~', '~0').replaceAll('/', '~1'));
      throw new Error(`gateway-sms spec: expected something at #/${pointer.join('/')}`);
    }
    node = node[key];
  });
  if (!isNode(node)) throw new Error(`gateway-sms spec: #/${path.join('/')} is not an object`);
  return node;
}

/** Properties of a schema, including those it gets from `allOf`. */
function propertiesOf(schema: Node): Node {
  const own = isNode(schema.properties) ? schema.properties : {};
  const inherited = Array.isArray(schema.allOf)
    ? schema.allOf.filter(isNode).map(propertiesOf)
    : [];
  return Object.assign({}, ...inherited, own);
}

/** Required property names of a schema, including those from `allOf`. */
function requiredOf(schema: Node): string[] {
  const own = Array.isArray(schema.required) ? schema.required.map(String) : [];
  const inherited = Array.isArray(schema.allOf)
    ? schema.allOf.filter(isNode).flatMap(requiredOf)
    : [];
  return [...own, ...inherited];
}

/**
 * The JSON types a schema admits: its `type`, else the union of its `oneOf`/`anyOf` branches,
 * else the intersection of its typed `allOf` members. Empty when nothing constrains the type.
 */
function admittedTypes(schema: Node): JsonType[] {
  const { type } = schema;
  if (typeof type === 'string') return [type as JsonType];
  if (Array.isArray(type)) return type.map((member) => member as JsonType).sort();
  const branches = [schema.oneOf, schema.anyOf].find(Array.isArray)?.filter(isNode);
  if (branches) return [...new Set(branches.flatMap(admittedTypes))].sort();
  const members = (Array.isArray(schema.allOf) ? schema.allOf.filter(isNode) : [])
    .map(admittedTypes)
    .filter((types) => types.length > 0);
  const [first = [], ...rest] = members;
  return first.filter((type) => rest.every((types) => types.includes(type))).sort();
}

/** The schema of property `dotted` (e.g. `valid.count`) inside `schema`, which sits at `where`. */
function propertyAt(schema: Node, dotted: string, where: string): Node {
  return dotted.split('.').reduce((node, name, index, names) => {
    const properties = propertiesOf(node);
    const property = properties[name];
    if (!isNode(property)) {
      const path = names.slice(0, index + 1).join('.');
      const present = Object.keys(properties).join(', ') || 'none';
      throw new Error(`gateway-sms spec: ${where} has no property "${path}" (it has: ${present})`);
    }
    return property;
  }, schema);
}

/** Whitespace-insensitive text, without a final period, so YAML line folding does not matter. */
function normalized(text: unknown): string {
  return String(text).replace(/\s+/g, ' ').trim().replace(/\.$/, '');
}

// ---- The seed's tables -------------------------------------------------------------------------

const putBody = () => at([...putPath, 'requestBody', 'content', 'application/json', 'schema']);
const putResponse = () =>
  at([...putPath, 'responses', '201', 'content', 'application/json', 'schema']);
const putResponseData = () => propertyAt(putResponse(), 'data', 'the PUT 201 response');

/** Each seed table: where it lives in the spec, and how to get its schema. */
const seedTables = {
  'PUT body': { where: 'the PUT request body', schema: putBody },
  'Request Response': { where: 'the PUT 201 response', schema: putResponse },
  'Data Response Details': { where: 'the PUT 201 response `data`', schema: putResponseData },
  'Recipients Response Details': {
    where: 'the PUT 201 response `data.recipients`',
    schema: () => propertyAt(putResponseData(), 'recipients', 'the PUT 201 response `data`'),
  },
  'Statistics Response Details': {
    where: 'the PUT 201 response `data.statistics`',
    schema: () => propertyAt(putResponseData(), 'statistics', 'the PUT 201 response `data`'),
  },
} as const;
type SeedTable = keyof typeof seedTables;

/** What the seed's type words mean in the spec. */
const seedTypes: Record<string, { types: JsonType[]; format?: string; component?: string }> = {
  string: { types: ['string'] },
  boolean: { types: ['boolean'] },
  int: { types: ['integer'] },
  double: { types: ['number'], format: 'double' },
  object: { types: ['object'] },
  array: { types: ['array'] },
  'string, object, array': { types: ['array', 'object', 'string'] },
  DataResponseDetails: { types: ['object'], component: 'DataResponseDetails' },
  RecipientsResponseDetails: { types: ['object'], component: 'RecipientsResponseDetails' },
  StatisticsResponseDetails: { types: ['object'], component: 'StatisticsResponseDetails' },
};

/** One row of a seed table, as printed in the seed. */
interface SeedField {
  readonly table: SeedTable;
  readonly name: string;
  readonly seedType: keyof typeof seedTypes;
  /** The seed's "Required" column; only the PUT body table has one. */
  readonly required?: boolean;
  readonly description: string;
  /** Types the spec admits on top of the seed's, on purpose (a documented vendor defect). */
  readonly alsoAllows?: { readonly types: JsonType[]; readonly why: string };
}

const seedFields: SeedField[] = [
  {
    table: 'PUT body',
    name: 'recipients',
    seedType: 'string, object, array',
    required: true,
    description:
      'Phone number of the recipient and wanting the "fields" object in which to insert the parameters that we want to enter in the "body" like this: {"number":"+39-3478569987", "fields":{"name":"simone", "surname":"rossi"}}. Mandatory is the international prefix which must be separated from the rest by "-" like this: "+39-number". Any other format will be considered bad recipients and placed among the invalid.',
  },
  {
    table: 'PUT body',
    name: 'transaction',
    seedType: 'boolean',
    required: false,
    description:
      'Until it is set to false the transaction is not closed and the message will not go into the sending queue.',
  },
  {
    table: 'Request Response',
    name: 'data',
    seedType: 'DataResponseDetails',
    description: 'Present only if the API call goes to good end, it will contain the answer data.',
  },
  {
    table: 'Request Response',
    name: 'message',
    seedType: 'string',
    description: 'It contains a message that can be shown by the user.',
  },
  {
    table: 'Request Response',
    name: 'credit',
    seedType: 'string',
    description: 'Remaining credit of the user.',
    alsoAllows: { types: ['number'], why: 'the vendor recipients examples return a number' },
  },
  {
    table: 'Request Response',
    name: 'success',
    seedType: 'boolean',
    description: 'True or false.',
  },
  {
    table: 'Request Response',
    name: 'error',
    seedType: 'int',
    description: 'Present only if the API call fails, it contains an error code.',
    alsoAllows: { types: ['null'], why: 'the vendor sends null on success' },
  },
  ...(
    [
      ['test', 'boolean', 'Identifies if it is a simulation or not.'],
      ['sender', 'string', 'Sending sender.'],
      ['body', 'string', 'Text of the sms.'],
      [
        'recipients',
        'RecipientsResponseDetails',
        'Returns the number of "recipients" divided between valid and invalid.',
      ],
      ['transaction', 'boolean', 'Status of the transaction.'],
      [
        'options',
        'object',
        'Report of the sending options used. Returns the same object with the values passed by you or by default.',
      ],
      ['statistics', 'StatisticsResponseDetails', 'Report of the resulting sending statistics.'],
      ['base_price', 'double', 'Starting cost of the text messages sent.'],
      ['timestamp', 'string', 'Message storage timestamp.'],
      ['last_update', 'string', 'Timestamp of the last modification of the message.'],
      ['priority', 'double', 'Priority value set.'],
      ['price', 'double', 'Total cost resulting from the base_price for the priority.'],
      ['state', 'int', 'Sending status.'],
      ['id', 'string', 'Unique identifier of the message.'],
    ] as const
  ).map(([name, seedType, description]) => ({
    table: 'Data Response Details' as const,
    name,
    seedType,
    description,
  })),
  ...(
    [
      ['valid', 'object', 'Contains the count of valid recipients.'],
      ['valid.count', 'int', 'Number of valid recipients.'],
      ['invalid', 'object', 'Contains the list of invalid recipients.'],
      ['invalid.total', 'int', 'Number of invalid recipients.'],
      ['invalid.list', 'array', 'List of numbers considered invalid.'],
    ] as const
  ).map(([name, seedType, description]) => ({
    table: 'Recipients Response Details' as const,
    name,
    seedType,
    description,
  })),
  ...(
    [
      ['error', 'Number of errors; increases when sending is not completed.'],
      ['sent', 'Number of text messages actually sent.'],
      ['delivered', 'Number of text messages actually delivered.'],
      ['total', 'Number of valid recipients.'],
      ['sms_total', 'Number of sms formally correct and ready to be sent'],
    ] as const
  ).map(([name, description]) => ({
    table: 'Statistics Response Details' as const,
    name,
    seedType: 'int',
    description,
  })),
];

function checkSeedField(field: SeedField): void {
  const { where, schema: tableSchema } = seedTables[field.table];
  const table = tableSchema();
  const schema = propertyAt(table, field.name, `${where} (seed table "${field.table}")`);
  const meaning = seedTypes[field.seedType];
  if (!meaning) throw new Error(`test table: unknown seed type "${field.seedType}"`);

  const expectedTypes = [...meaning.types, ...(field.alsoAllows?.types ?? [])].sort();
  expect(admittedTypes(schema), 'JSON types admitted').toEqual(expectedTypes);
  if (meaning.format) expect(schema.format, 'format').toBe(meaning.format);
  if (meaning.component) {
    const component = at(['components', 'schemas', meaning.component]);
    expect(
      propertiesOf(schema),
      `same properties as components.schemas.${meaning.component}`,
    ).toEqual(propertiesOf(component));
  }
  if (field.required !== undefined) {
    const leaf = field.name.split('.').at(-1) ?? field.name;
    expect(requiredOf(table).includes(leaf), 'required').toBe(field.required);
  }
  expect(normalized(schema.description), 'description').toContain(normalized(field.description));
}

// ---- Facts that are not table rows ----------------------------------------------------------

const putBodySchemaUri = 'https://sms-contracts.test/gateway-sms/put-body-message';
// OpenAPI 3.1 schemas are JSON Schema 2020-12; the dereferenced schema has no `$schema` of its own.
registerSchema(
  // The bundled spec is parsed YAML, hence JSON data.
  structuredClone(putBody()) as SchemaObject,
  putBodySchemaUri,
  'https://json-schema.org/draft/2020-12/schema',
);

async function expectPutBody(body: JsonValue, valid: boolean): Promise<void> {
  const output = await validate(putBodySchemaUri, body);
  expect(output.valid, `PUT body ${JSON.stringify(body)} valid`).toBe(valid);
}

function putResponseSchema(status: string): Node {
  return at([...putPath, 'responses', status, 'content', 'application/json', 'schema']);
}

interface SeedFact {
  readonly fact: string;
  readonly check: () => void | Promise<void>;
}

const seedFacts: SeedFact[] = [
  ...seedFields.map((field) => ({
    fact: `${field.table}: ${field.name} is ${field.seedType}${
      field.required === undefined ? '' : field.required ? ', required' : ', optional'
    }`,
    check: () => checkSeedField(field),
  })),
  {
    fact: 'PUT /messages/{id} is "Message integration"',
    check: () => expect(at(putPath).summary).toBe('Message integration'),
  },
  {
    fact: 'PUT description states the transaction rule',
    check: () =>
      expect(normalized(at(putPath).description)).toContain(
        normalized(
          'If a message exists with "transaction = true", this method allows integrating the initial POST call (adding recipients for example) until a PUT with "transaction = false" is passed. At that point the message is closed and put in the sending queue.',
        ),
      ),
  },
  {
    fact: 'the {id} path parameter: in path, required, string',
    check: () => {
      const parameters = at(putPath).parameters;
      const id = Array.isArray(parameters)
        ? parameters.filter(isNode).find((parameter) => parameter.name === 'id')
        : undefined;
      expect(id, 'a parameter named id').toBeDefined();
      expect({ in: id?.in, required: id?.required }).toEqual({ in: 'path', required: true });
      expect(admittedTypes(at(['schema'], id))).toEqual(['string']);
    },
  },
  {
    fact: 'the request body is required and application/json (PutBodyMessage)',
    check: () => {
      expect(at([...putPath, 'requestBody']).required).toBe(true);
      expect(propertiesOf(putBody())).toEqual(
        propertiesOf(at(['components', 'schemas', 'PutBodyMessage'])),
      );
    },
  },
  ...['201', '200', '400', '401'].map((status) => ({
    fact: `status ${status} is documented with an application/json body`,
    check: () => expect(admittedTypes(putResponseSchema(status))).toEqual(['object']),
  })),
  {
    fact: 'status 200 (vendor file) has the same body as 201 (seed)',
    check: () => expect(putResponseSchema('200')).toEqual(putResponseSchema('201')),
  },
  ...[
    ['Production', 'https://ws.messaggisms.com'],
    ['Testing', 'https://test.ws.messaggisms.com'],
  ].map(([environment, url]) => ({
    fact: `${environment} environment server ${url}`,
    check: () => {
      const servers = Array.isArray(api.servers) ? api.servers.filter(isNode) : [];
      expect(servers.map((server) => server.url)).toContain(url);
    },
  })),
  {
    fact: 'recipients accepts the seed object {"number":"+39-3478569987","fields":{…}}',
    check: () =>
      expectPutBody(
        { recipients: { number: '+39-3478569987', fields: { name: 'simone', surname: 'rossi' } } },
        true,
      ),
  },
  {
    fact: 'recipients accepts a "+39-number" string',
    check: () => expectPutBody({ recipients: '+39-3478569987' }, true),
  },
  {
    fact: 'recipients does not reject other formats (they are counted as invalid)',
    check: () => expectPutBody({ recipients: '3478569987' }, true),
  },
  {
    fact: 'recipients accepts an array of numbers and objects',
    check: () =>
      expectPutBody(
        { recipients: ['+39-3478569987', { number: '+39-3478569988', fields: { name: 'anna' } }] },
        true,
      ),
  },
  {
    fact: 'recipients is not any value: a bare number is rejected',
    check: () => expectPutBody({ recipients: 3478569987 }, false),
  },
  {
    fact: 'recipients is required: a body without it is rejected',
    check: () => expectPutBody({ transaction: false }, false),
  },
  {
    fact: 'transaction is a boolean: a string is rejected',
    check: () => expectPutBody({ recipients: '+39-3478569987', transaction: 'false' }, false),
  },
];

describe('gateway-sms spec states every fact of seed 000 (PUT /messages/{id})', () => {
  it.each(seedFacts)('$fact', async ({ check }) => {
    await check();
  });
});

// The `format` checks taken from @hyperjump/json-schema-formats (the formats of JSON Schema
// 2020-12 beyond the three of ./formats.ts). A separate entry: a module that asserts none of
// these never loads the library (its IDN tables are large). See docs/adr.
export {
  isAsciiIdn as isHostname,
  isDuration,
  isEmail,
  isIdn as isIdnHostname,
  isIdnEmail,
  isIPv4,
  isIPv6,
  isIri,
  isIriReference,
  isJsonPointer,
  isRegex,
  isRelativeJsonPointer,
  isTime,
  isUri,
  isUriReference,
  isUriTemplate,
} from '@hyperjump/json-schema-formats';

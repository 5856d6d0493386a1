import type { components, operations as Operations } from '@sms-contracts/types/fixture';
import {
  type Alternative,
  type JsonObject,
  addIssue,
  addIssueAt,
  codePointLength,
  createValidator,
  expected,
  expectedOrMissing,
  isDate,
  isDateTime,
  isUuid,
  jsonEqual,
  noAlternativeMatched,
  pathTo,
  propertyNameIssue,
  severalAlternativesMatched,
  type Issue,
  type Path,
  type Validator,
} from './runtime/index.ts';

export { formatIssue, type Issue, ValidationError, type Validator } from './runtime/index.ts';

type Schemas = components['schemas'];

const pattern0 = new RegExp('^\\+[0-9]{1,4}-[0-9]{4,14}$', 'u');
const alternatives1: readonly Alternative[] = [
  { check: checkPhoneNumber, types: ['string'], label: 'PhoneNumber' },
  { check: checkRecipients_oneOf1, types: ['array'], label: 'an array' },
  { check: checkRecipient, types: ['object'], label: 'Recipient' },
];
const pattern2 = new RegExp('^[0-9a-f]{24}$', 'u');
const alternatives3: readonly Alternative[] = [
  { check: checkDetails, types: ['object'], label: 'Details' },
  { check: checkEnvelope_anyOf1, types: ['null'], label: 'null' },
];
const alternatives4: readonly Alternative[] = [
  { check: checkEnvelope_oneOf0, types: ['string'], label: 'a string' },
  { check: checkEnvelope_oneOf1, types: ['number'], label: 'a number' },
];
const alternatives5: readonly Alternative[] = [
  { check: checkAuthenticationType_anyOf0, types: ['number'], label: 'ANONYMOUS (0)' },
  { check: checkAuthenticationType_anyOf1, types: ['number'], label: 'an integer' },
];
const value6 = { major: 1, tags: ['a'] };
const alternatives7: readonly Alternative[] = [
  { check: checkOverlapping_oneOf0, types: ['number'], label: 'an integer' },
  { check: checkOverlapping_oneOf1, types: ['number'], label: 'a number' },
];
const pattern8 = new RegExp('^[0-9]+$', 'u');

function checkPhoneNumber(v: unknown, p: Path, e: Issue[] | undefined): boolean {
  let ok = true;
  if (!(typeof v === 'string')) {
    if (e === undefined) return false;
    ok = addIssue(e, p, expected('a string', v));
  } else {
    if (!pattern0.test(v)) {
      if (e === undefined) return false;
      ok = addIssue(
        e,
        p,
        expected('+<prefix>-<number> (pattern /^\\+[0-9]{1,4}-[0-9]{4,14}$/)', v),
      );
    }
  }
  return ok;
}
function checkRecipient(v: unknown, p: Path, e: Issue[] | undefined): boolean {
  let ok = true;
  if (!(typeof v === 'object' && v !== null && !Array.isArray(v))) {
    if (e === undefined) return false;
    ok = addIssue(e, p, expected('an object', v));
  } else {
    const o1 = v as JsonObject;
    const v2 = o1.number;
    if (v2 === undefined) {
      if (e === undefined) return false;
      ok = addIssueAt(e, p, 'number', 'required property is missing');
    } else {
      if (!(typeof v2 === 'string')) {
        if (e === undefined) return false;
        ok = addIssueAt(e, p, 'number', expected('a string', v2));
      } else {
        if (!pattern0.test(v2)) {
          if (e === undefined) return false;
          ok = addIssueAt(
            e,
            p,
            'number',
            expected('+<prefix>-<number> (pattern /^\\+[0-9]{1,4}-[0-9]{4,14}$/)', v2),
          );
        }
      }
    }
    const v4 = o1.fields;
    if (v4 !== undefined) {
      if (!(typeof v4 === 'object' && v4 !== null && !Array.isArray(v4))) {
        if (e === undefined) return false;
        ok = addIssueAt(e, p, 'fields', expected('an object', v4));
      } else {
        const o5 = v4 as JsonObject;
        for (const k6 in o5) {
          const v8 = o5[k6];
          if (v8 === undefined) continue;
          if (!(typeof v8 === 'string')) {
            if (e === undefined) return false;
            ok = addIssueAt(e, pathTo(p, 'fields'), k6, expected('a string', v8));
          }
        }
      }
    }
    for (const k9 in o1) {
      if (k9 === 'number' || k9 === 'fields') continue;
      const v11 = o1[k9];
      if (v11 === undefined) continue;
      if (e === undefined) return false;
      ok = addIssueAt(e, p, k9, 'unexpected property (the schema allows no other properties)');
    }
  }
  return ok;
}
function checkRecipients_oneOf1(v: unknown, p: Path, e: Issue[] | undefined): boolean {
  let ok = true;
  if (!Array.isArray(v)) {
    if (e === undefined) return false;
    ok = addIssue(e, p, expected('an array', v));
  } else {
    const a1: readonly unknown[] = v;
    if (a1.length < 1) {
      if (e === undefined) return false;
      ok = addIssue(e, p, `expected at least 1 item, got ${a1.length}`);
    }
    if (a1.length > 1000) {
      if (e === undefined) return false;
      ok = addIssue(e, p, `expected at most 1000 items, got ${a1.length}`);
    }
    for (let i2 = 0, n3 = a1.length; i2 < n3; i2++) {
      const v4 = a1[i2];
      if (!(typeof v4 === 'string')) {
        if (e === undefined) return false;
        ok = addIssueAt(e, p, i2, expected('a string', v4));
        if (v4 === undefined) break;
      } else {
        if (!pattern0.test(v4)) {
          if (e === undefined) return false;
          ok = addIssueAt(
            e,
            p,
            i2,
            expected('+<prefix>-<number> (pattern /^\\+[0-9]{1,4}-[0-9]{4,14}$/)', v4),
          );
        }
      }
    }
  }
  return ok;
}
function checkRecipients(v: unknown, p: Path, e: Issue[] | undefined): boolean {
  let ok = true;
  if (
    !(typeof v === 'string'
      ? checkPhoneNumber(v, p, undefined)
      : Array.isArray(v)
        ? checkRecipients_oneOf1(v, p, undefined)
        : typeof v === 'object' && v !== null && !Array.isArray(v)
          ? checkRecipient(v, p, undefined)
          : false)
  ) {
    if (e === undefined) return false;
    ok = noAlternativeMatched(e, p, v, alternatives1);
  }
  return ok;
}
function checkPutBody(v: unknown, p: Path, e: Issue[] | undefined): boolean {
  let ok = true;
  if (!(typeof v === 'object' && v !== null && !Array.isArray(v))) {
    if (e === undefined) return false;
    ok = addIssue(e, p, expected('an object', v));
  } else {
    const o1 = v as JsonObject;
    const v2 = o1.recipients;
    if (v2 === undefined) {
      if (e === undefined) return false;
      ok = addIssueAt(e, p, 'recipients', 'required property is missing');
    } else {
      if (!checkRecipients(v2, p, undefined)) {
        if (e === undefined) return false;
        ok = false;
        checkRecipients(v2, pathTo(p, 'recipients'), e);
      }
    }
    const v4 = o1.transaction;
    if (v4 !== undefined) {
      if (!(typeof v4 === 'boolean')) {
        if (e === undefined) return false;
        ok = addIssueAt(e, p, 'transaction', expected('a boolean', v4));
      }
    }
    const v5 = o1.options;
    if (v5 !== undefined) {
      if (!(typeof v5 === 'object' && v5 !== null && !Array.isArray(v5))) {
        if (e === undefined) return false;
        ok = addIssueAt(e, p, 'options', expected('an object', v5));
      } else {
        const o6 = v5 as JsonObject;
        const v7 = o6.timestamp_send;
        if (v7 !== undefined) {
          if (!(typeof v7 === 'string')) {
            if (e === undefined) return false;
            ok = addIssueAt(e, pathTo(p, 'options'), 'timestamp_send', expected('a string', v7));
          } else {
            if (v7.length < 16 && codePointLength(v7) < 8) {
              if (e === undefined) return false;
              ok = addIssueAt(
                e,
                pathTo(p, 'options'),
                'timestamp_send',
                expected('at least 8 characters', v7),
              );
            }
            if (v7.length > 13 && codePointLength(v7) > 13) {
              if (e === undefined) return false;
              ok = addIssueAt(
                e,
                pathTo(p, 'options'),
                'timestamp_send',
                expected('at most 13 characters', v7),
              );
            }
          }
        }
        for (const k8 in o6) {
          if (k8 === 'timestamp_send') continue;
          const v10 = o6[k8];
          if (v10 === undefined) continue;
          if (e === undefined) return false;
          ok = addIssueAt(
            e,
            pathTo(p, 'options'),
            k8,
            'unexpected property (the schema allows no other properties)',
          );
        }
      }
    }
  }
  return ok;
}
function checkDetails_list(v: unknown, p: Path, e: Issue[] | undefined): boolean {
  let ok = true;
  if (!Array.isArray(v)) {
    if (e === undefined) return false;
    ok = addIssue(e, p, expected('an array', v));
  } else {
    const a1: readonly unknown[] = v;
    for (let i2 = 0, n3 = a1.length; i2 < n3; i2++) {
      const v4 = a1[i2];
      if (!(typeof v4 === 'string')) {
        if (e === undefined) return false;
        ok = addIssueAt(e, p, i2, expected('a string', v4));
        if (v4 === undefined) break;
      }
    }
  }
  return ok;
}
function checkDetails(v: unknown, p: Path, e: Issue[] | undefined): boolean {
  let ok = true;
  if (!(typeof v === 'object' && v !== null && !Array.isArray(v))) {
    if (e === undefined) return false;
    ok = addIssue(e, p, expected('an object', v));
  } else {
    const o1 = v as JsonObject;
    const v2 = o1.test;
    if (v2 !== undefined) {
      if (!(typeof v2 === 'boolean')) {
        if (e === undefined) return false;
        ok = addIssueAt(e, p, 'test', expected('a boolean', v2));
      }
    }
    const v3 = o1.sender;
    if (v3 !== undefined) {
      if (!(typeof v3 === 'string')) {
        if (e === undefined) return false;
        ok = addIssueAt(e, p, 'sender', expected('a string', v3));
      } else {
        if (v3.length < 6 && codePointLength(v3) < 3) {
          if (e === undefined) return false;
          ok = addIssueAt(e, p, 'sender', expected('at least 3 characters', v3));
        }
        if (v3.length > 11 && codePointLength(v3) > 11) {
          if (e === undefined) return false;
          ok = addIssueAt(e, p, 'sender', expected('at most 11 characters', v3));
        }
      }
    }
    const v4 = o1.recipients;
    if (v4 !== undefined) {
      if (!(typeof v4 === 'object' && v4 !== null && !Array.isArray(v4))) {
        if (e === undefined) return false;
        ok = addIssueAt(e, p, 'recipients', expected('an object', v4));
      } else {
        const o5 = v4 as JsonObject;
        const v6 = o5.valid;
        if (v6 !== undefined) {
          if (!(typeof v6 === 'object' && v6 !== null && !Array.isArray(v6))) {
            if (e === undefined) return false;
            ok = addIssueAt(e, pathTo(p, 'recipients'), 'valid', expected('an object', v6));
          } else {
            const o7 = v6 as JsonObject;
            const v8 = o7.count;
            if (v8 !== undefined) {
              if (!(typeof v8 === 'number' && Number.isInteger(v8))) {
                if (e === undefined) return false;
                ok = addIssueAt(
                  e,
                  pathTo(pathTo(p, 'recipients'), 'valid'),
                  'count',
                  expected('an integer', v8),
                );
              } else {
                if (v8 < 0) {
                  if (e === undefined) return false;
                  ok = addIssueAt(
                    e,
                    pathTo(pathTo(p, 'recipients'), 'valid'),
                    'count',
                    expected('at least 0', v8),
                  );
                }
              }
            }
          }
        }
        const v9 = o5.invalid;
        if (v9 !== undefined) {
          if (!(typeof v9 === 'object' && v9 !== null && !Array.isArray(v9))) {
            if (e === undefined) return false;
            ok = addIssueAt(e, pathTo(p, 'recipients'), 'invalid', expected('an object', v9));
          } else {
            const o10 = v9 as JsonObject;
            const v11 = o10.total;
            if (v11 !== undefined) {
              if (!(typeof v11 === 'number' && Number.isInteger(v11))) {
                if (e === undefined) return false;
                ok = addIssueAt(
                  e,
                  pathTo(pathTo(p, 'recipients'), 'invalid'),
                  'total',
                  expected('an integer', v11),
                );
              } else {
                if (v11 < 0) {
                  if (e === undefined) return false;
                  ok = addIssueAt(
                    e,
                    pathTo(pathTo(p, 'recipients'), 'invalid'),
                    'total',
                    expected('at least 0', v11),
                  );
                }
              }
            }
            const v12 = o10.list;
            if (v12 !== undefined) {
              if (!checkDetails_list(v12, p, undefined)) {
                if (e === undefined) return false;
                ok = false;
                checkDetails_list(
                  v12,
                  pathTo(pathTo(pathTo(p, 'recipients'), 'invalid'), 'list'),
                  e,
                );
              }
            }
          }
        }
      }
    }
    const v13 = o1.priority;
    if (v13 !== undefined) {
      if (!(typeof v13 === 'number' && Number.isFinite(v13))) {
        if (e === undefined) return false;
        ok = addIssueAt(e, p, 'priority', expected('a number', v13));
      } else {
        if (v13 < 1) {
          if (e === undefined) return false;
          ok = addIssueAt(e, p, 'priority', expected('at least 1', v13));
        }
      }
    }
    const v14 = o1.price;
    if (v14 !== undefined) {
      if (!(typeof v14 === 'number' && Number.isFinite(v14))) {
        if (e === undefined) return false;
        ok = addIssueAt(e, p, 'price', expected('a number', v14));
      } else {
        if (v14 <= 0) {
          if (e === undefined) return false;
          ok = addIssueAt(e, p, 'price', expected('more than 0', v14));
        }
        if (v14 >= 1000) {
          if (e === undefined) return false;
          ok = addIssueAt(e, p, 'price', expected('less than 1000', v14));
        }
      }
    }
    const v15 = o1.state;
    if (v15 !== undefined) {
      if (!(typeof v15 === 'number' && Number.isInteger(v15))) {
        if (e === undefined) return false;
        ok = addIssueAt(e, p, 'state', expected('an integer', v15));
      } else {
        if (v15 > 9) {
          if (e === undefined) return false;
          ok = addIssueAt(e, p, 'state', expected('at most 9', v15));
        }
        if (v15 < -2147483648 || v15 >= 2147483648) {
          if (e === undefined) return false;
          ok = addIssueAt(
            e,
            p,
            'state',
            expected('a signed 32-bit value (-2147483648 to 2147483647)', v15),
          );
        }
      }
    }
    const v16 = o1.id;
    if (v16 !== undefined) {
      if (!(typeof v16 === 'string')) {
        if (e === undefined) return false;
        ok = addIssueAt(e, p, 'id', expected('a string', v16));
      } else {
        if (!pattern2.test(v16)) {
          if (e === undefined) return false;
          ok = addIssueAt(e, p, 'id', expected('a string matching /^[0-9a-f]{24}$/', v16));
        }
      }
    }
  }
  return ok;
}
function checkEnvelope_anyOf1(v: unknown, p: Path, e: Issue[] | undefined): boolean {
  let ok = true;
  if (!(v === null)) {
    if (e === undefined) return false;
    ok = addIssue(e, p, expected('null', v));
  }
  return ok;
}
function checkEnvelope_oneOf0(v: unknown, p: Path, e: Issue[] | undefined): boolean {
  let ok = true;
  if (!(typeof v === 'string')) {
    if (e === undefined) return false;
    ok = addIssue(e, p, expected('a string', v));
  }
  return ok;
}
function checkEnvelope_oneOf1(v: unknown, p: Path, e: Issue[] | undefined): boolean {
  let ok = true;
  if (!(typeof v === 'number' && Number.isFinite(v))) {
    if (e === undefined) return false;
    ok = addIssue(e, p, expected('a number', v));
  }
  return ok;
}
function checkEnvelope(v: unknown, p: Path, e: Issue[] | undefined): boolean {
  let ok = true;
  if (!(typeof v === 'object' && v !== null && !Array.isArray(v))) {
    if (e === undefined) return false;
    ok = addIssue(e, p, expected('an object', v));
  } else {
    const o1 = v as JsonObject;
    const v2 = o1.data;
    if (v2 !== undefined) {
      if (
        !(typeof v2 === 'object' && v2 !== null && !Array.isArray(v2)
          ? checkDetails(v2, p, undefined)
          : v2 === null
            ? checkEnvelope_anyOf1(v2, p, undefined)
            : false)
      ) {
        if (e === undefined) return false;
        ok = noAlternativeMatched(e, pathTo(p, 'data'), v2, alternatives3);
      }
    }
    const v4 = o1.message;
    if (v4 !== undefined) {
      if (!(typeof v4 === 'string')) {
        if (e === undefined) return false;
        ok = addIssueAt(e, p, 'message', expected('a string', v4));
      }
    }
    const v5 = o1.credit;
    if (v5 !== undefined) {
      if (
        !(typeof v5 === 'string'
          ? checkEnvelope_oneOf0(v5, p, undefined)
          : typeof v5 === 'number' && Number.isFinite(v5)
            ? checkEnvelope_oneOf1(v5, p, undefined)
            : false)
      ) {
        if (e === undefined) return false;
        ok = noAlternativeMatched(e, pathTo(p, 'credit'), v5, alternatives4);
      }
    }
    const v7 = o1.success;
    if (!(typeof v7 === 'boolean')) {
      if (e === undefined) return false;
      ok = addIssueAt(e, p, 'success', expectedOrMissing('a boolean', v7));
    }
    const v8 = o1.error;
    if (v8 !== undefined) {
      if (!((typeof v8 === 'number' && Number.isInteger(v8)) || v8 === null)) {
        if (e === undefined) return false;
        ok = addIssueAt(e, p, 'error', expected('an integer or null', v8));
      } else {
        if (typeof v8 === 'number') {
          if (v8 < -2147483648 || v8 >= 2147483648) {
            if (e === undefined) return false;
            ok = addIssueAt(
              e,
              p,
              'error',
              expected('a signed 32-bit value (-2147483648 to 2147483647)', v8),
            );
          }
        }
      }
    }
  }
  return ok;
}
function checkAuthenticationType_anyOf0(v: unknown, p: Path, e: Issue[] | undefined): boolean {
  let ok = true;
  if (!(v === 0)) {
    if (e === undefined) return false;
    ok = addIssue(e, p, expected('0', v));
  }
  return ok;
}
function checkAuthenticationType_anyOf1(v: unknown, p: Path, e: Issue[] | undefined): boolean {
  let ok = true;
  if (!(typeof v === 'number' && Number.isInteger(v))) {
    if (e === undefined) return false;
    ok = addIssue(e, p, expected('an integer', v));
  }
  return ok;
}
function checkAuthenticationType(v: unknown, p: Path, e: Issue[] | undefined): boolean {
  let ok = true;
  if (
    !(
      checkAuthenticationType_anyOf0(v, p, undefined) ||
      checkAuthenticationType_anyOf1(v, p, undefined)
    )
  ) {
    if (e === undefined) return false;
    ok = noAlternativeMatched(e, p, v, alternatives5);
  }
  return ok;
}
function checkMessageDetails(v: unknown, p: Path, e: Issue[] | undefined): boolean {
  let ok = true;
  if (!(typeof v === 'object' && v !== null && !Array.isArray(v))) {
    if (e === undefined) return false;
    ok = addIssue(e, p, expected('an object', v));
  } else {
    const o1 = v as JsonObject;
    const v2 = o1.messageId;
    if (!(typeof v2 === 'string')) {
      if (e === undefined) return false;
      ok = addIssueAt(e, p, 'messageId', expectedOrMissing('a string', v2));
    } else {
      if (!isUuid(v2)) {
        if (e === undefined) return false;
        ok = addIssueAt(e, p, 'messageId', expected('a UUID', v2));
      }
    }
    const v3 = o1.DateReceived;
    if (!(typeof v3 === 'string')) {
      if (e === undefined) return false;
      ok = addIssueAt(e, p, 'DateReceived', expectedOrMissing('a string', v3));
    } else {
      if (!isDateTime(v3)) {
        if (e === undefined) return false;
        ok = addIssueAt(
          e,
          p,
          'DateReceived',
          expected('an RFC 3339 date-time (YYYY-MM-DDTHH:MM:SSZ)', v3),
        );
      }
    }
    const v4 = o1.ExpiryDate;
    if (v4 !== undefined) {
      if (!(typeof v4 === 'string')) {
        if (e === undefined) return false;
        ok = addIssueAt(e, p, 'ExpiryDate', expected('a string', v4));
      } else {
        if (!isDate(v4)) {
          if (e === undefined) return false;
          ok = addIssueAt(e, p, 'ExpiryDate', expected('an RFC 3339 date (YYYY-MM-DD)', v4));
        }
      }
    }
    const v5 = o1.AuthenticationMethod;
    if (v5 === undefined) {
      if (e === undefined) return false;
      ok = addIssueAt(e, p, 'AuthenticationMethod', 'required property is missing');
    } else {
      if (
        !(
          checkAuthenticationType_anyOf0(v5, p, undefined) ||
          checkAuthenticationType_anyOf1(v5, p, undefined)
        )
      ) {
        if (e === undefined) return false;
        ok = noAlternativeMatched(e, pathTo(p, 'AuthenticationMethod'), v5, alternatives5);
      }
    }
    const v8 = o1.Kind;
    if (v8 !== undefined) {
      if (!(v8 === 'standard' || v8 === 'advanced' || v8 === null)) {
        if (e === undefined) return false;
        ok = addIssueAt(e, p, 'Kind', expected('one of "standard", "advanced", null', v8));
      }
    }
    const v10 = o1.Version;
    if (v10 !== undefined) {
      if (!jsonEqual(v10, value6)) {
        if (e === undefined) return false;
        ok = addIssueAt(e, p, 'Version', expected('{"major":1,"tags":["a"]}', v10));
      }
    }
    const v12 = Object.hasOwn(o1, 'constructor') ? o1['constructor'] : undefined;
    if (v12 !== undefined) {
      if (!(typeof v12 === 'string')) {
        if (e === undefined) return false;
        ok = addIssueAt(e, p, 'constructor', expected('a string', v12));
      }
    }
  }
  return ok;
}
function checkTree_children(v: unknown, p: Path, e: Issue[] | undefined): boolean {
  let ok = true;
  if (!Array.isArray(v)) {
    if (e === undefined) return false;
    ok = addIssue(e, p, expected('an array', v));
  } else {
    const a1: readonly unknown[] = v;
    for (let i2 = 0, n3 = a1.length; i2 < n3; i2++) {
      const v4 = a1[i2];
      if (!checkTree(v4, p, undefined)) {
        if (e === undefined) return false;
        ok = false;
        checkTree(v4, pathTo(p, i2), e);
        if (v4 === undefined) break;
      }
    }
  }
  return ok;
}
function checkTree(v: unknown, p: Path, e: Issue[] | undefined): boolean {
  let ok = true;
  if (!(typeof v === 'object' && v !== null && !Array.isArray(v))) {
    if (e === undefined) return false;
    ok = addIssue(e, p, expected('an object', v));
  } else {
    const o1 = v as JsonObject;
    const v2 = o1.name;
    if (!(typeof v2 === 'string')) {
      if (e === undefined) return false;
      ok = addIssueAt(e, p, 'name', expectedOrMissing('a string', v2));
    } else {
      if (v2.length < 2 && codePointLength(v2) < 1) {
        if (e === undefined) return false;
        ok = addIssueAt(e, p, 'name', expected('at least 1 character', v2));
      }
    }
    const v3 = o1.children;
    if (v3 !== undefined) {
      if (!checkTree_children(v3, p, undefined)) {
        if (e === undefined) return false;
        ok = false;
        checkTree_children(v3, pathTo(p, 'children'), e);
      }
    }
  }
  return ok;
}
function checkComposed_not(v: unknown, p: Path, e: Issue[] | undefined): boolean {
  let ok = true;
  if (!(typeof v === 'object' && v !== null && !Array.isArray(v))) {
    if (e === undefined) return false;
    ok = addIssue(e, p, expected('an object', v));
  } else {
    const o1 = v as JsonObject;
    const v2 = o1.forbidden;
    if (v2 === undefined) {
      if (e === undefined) return false;
      ok = addIssueAt(e, p, 'forbidden', 'required property is missing');
    }
  }
  return ok;
}
function checkComposed(v: unknown, p: Path, e: Issue[] | undefined): boolean {
  let ok = true;
  if (!(typeof v === 'object' && v !== null && !Array.isArray(v))) {
    if (e === undefined) return false;
    ok = addIssue(e, p, expected('an object', v));
  } else {
    if (!checkTree(v, p, undefined)) {
      if (e === undefined) return false;
      ok = false;
      checkTree(v, p, e);
    }
    const o1 = v as JsonObject;
    const v2 = o1.weight;
    if (v2 !== undefined) {
      if (!(typeof v2 === 'number' && Number.isFinite(v2))) {
        if (e === undefined) return false;
        ok = addIssueAt(e, p, 'weight', expected('a number', v2));
      } else {
        if (v2 > 10) {
          if (e === undefined) return false;
          ok = addIssueAt(e, p, 'weight', expected('at most 10', v2));
        }
      }
    }
    let n4 = 0;
    for (const k3 in o1) {
      const v5 = o1[k3];
      if (v5 === undefined) continue;
      n4++;
    }
    if (n4 < 2) {
      if (e === undefined) return false;
      ok = addIssue(e, p, `expected at least 2 properties, got ${n4}`);
    }
    if (n4 > 3) {
      if (e === undefined) return false;
      ok = addIssue(e, p, `expected at most 3 properties, got ${n4}`);
    }
    if (checkComposed_not(v, p, undefined)) {
      if (e === undefined) return false;
      ok = addIssue(e, p, expected('a value that does not match the "not" schema (an object)', v));
    }
  }
  return ok;
}
function checkOverlapping_oneOf0(v: unknown, p: Path, e: Issue[] | undefined): boolean {
  let ok = true;
  if (!(typeof v === 'number' && Number.isInteger(v))) {
    if (e === undefined) return false;
    ok = addIssue(e, p, expected('an integer', v));
  }
  return ok;
}
function checkOverlapping_oneOf1(v: unknown, p: Path, e: Issue[] | undefined): boolean {
  let ok = true;
  if (!(typeof v === 'number' && Number.isFinite(v))) {
    if (e === undefined) return false;
    ok = addIssue(e, p, expected('a number', v));
  } else {
    if (v < 10) {
      if (e === undefined) return false;
      ok = addIssue(e, p, expected('at least 10', v));
    }
  }
  return ok;
}
function checkOverlapping(v: unknown, p: Path, e: Issue[] | undefined): boolean {
  let ok = true;
  const m2 =
    (checkOverlapping_oneOf0(v, p, undefined) ? 1 : 0) +
    (checkOverlapping_oneOf1(v, p, undefined) ? 1 : 0);
  if (m2 !== 1) {
    if (e === undefined) return false;
    ok =
      m2 === 0
        ? noAlternativeMatched(e, p, v, alternatives7)
        : severalAlternativesMatched(e, p, v, alternatives7);
  }
  return ok;
}
function checkTags(v: unknown, p: Path, e: Issue[] | undefined): boolean {
  let ok = true;
  if (!(typeof v === 'object' && v !== null && !Array.isArray(v))) {
    if (e === undefined) return false;
    ok = addIssue(e, p, expected('an object', v));
  } else {
    const o1 = v as JsonObject;
    const v2 = o1.id;
    if (v2 !== undefined) {
      if (!(typeof v2 === 'number' && Number.isInteger(v2))) {
        if (e === undefined) return false;
        ok = addIssueAt(e, p, 'id', expected('an integer', v2));
      }
    }
    for (const k3 in o1) {
      if (k3 === 'id') continue;
      const v5 = o1[k3];
      if (v5 === undefined) continue;
      if (!(typeof v5 === 'string')) {
        if (e === undefined) return false;
        ok = addIssueAt(e, p, k3, expected('a string', v5));
      } else {
        if (v5.length > 5 && codePointLength(v5) > 5) {
          if (e === undefined) return false;
          ok = addIssueAt(e, p, k3, expected('at most 5 characters', v5));
        }
      }
    }
  }
  return ok;
}
function checkAnything(v: unknown, p: Path, e: Issue[] | undefined): boolean {
  let ok = true;
  return ok;
}
function checkNothing(v: unknown, p: Path, e: Issue[] | undefined): boolean {
  let ok = true;
  if (e === undefined) return false;
  ok = addIssue(e, p, expected('no value here (the schema is false)', v));
  return ok;
}
function checkPlaceholders_propertyNames(v: unknown, p: Path, e: Issue[] | undefined): boolean {
  let ok = true;
  if (typeof v === 'string') {
    if (v.length > 3 && codePointLength(v) > 3) {
      if (e === undefined) return false;
      ok = addIssue(e, p, expected('at most 3 characters', v));
    }
    if (!pattern8.test(v)) {
      if (e === undefined) return false;
      ok = addIssue(e, p, expected('a string matching /^[0-9]+$/', v));
    }
  }
  return ok;
}
function checkPlaceholders(v: unknown, p: Path, e: Issue[] | undefined): boolean {
  let ok = true;
  if (!(typeof v === 'object' && v !== null && !Array.isArray(v))) {
    if (e === undefined) return false;
    ok = addIssue(e, p, expected('an object', v));
  } else {
    const o1 = v as JsonObject;
    for (const k2 in o1) {
      const v4 = o1[k2];
      if (v4 === undefined) continue;
      if (!checkPlaceholders_propertyNames(k2, p, undefined)) {
        if (e === undefined) return false;
        ok = propertyNameIssue(e, pathTo(p, k2), k2, checkPlaceholders_propertyNames);
      }
      if (!(typeof v4 === 'string')) {
        if (e === undefined) return false;
        ok = addIssueAt(e, p, k2, expected('a string', v4));
      }
    }
  }
  return ok;
}
function check_getMessage_path(v: unknown, p: Path, e: Issue[] | undefined): boolean {
  let ok = true;
  if (!(typeof v === 'object' && v !== null && !Array.isArray(v))) {
    if (e === undefined) return false;
    ok = addIssue(e, p, expected('an object', v));
  } else {
    const o1 = v as JsonObject;
    const v2 = o1.id;
    if (v2 === undefined) {
      if (e === undefined) return false;
      ok = addIssueAt(e, p, 'id', 'required property is missing');
    } else {
      if (!(typeof v2 === 'string')) {
        if (e === undefined) return false;
        ok = addIssueAt(e, p, 'id', expected('a string', v2));
      } else {
        if (!pattern2.test(v2)) {
          if (e === undefined) return false;
          ok = addIssueAt(e, p, 'id', expected('a string matching /^[0-9a-f]{24}$/', v2));
        }
      }
    }
  }
  return ok;
}
function check_getMessage_query(v: unknown, p: Path, e: Issue[] | undefined): boolean {
  let ok = true;
  if (!(typeof v === 'object' && v !== null && !Array.isArray(v))) {
    if (e === undefined) return false;
    ok = addIssue(e, p, expected('an object', v));
  } else {
    const o1 = v as JsonObject;
    const v2 = o1.page;
    if (v2 !== undefined) {
      if (!(typeof v2 === 'number' && Number.isInteger(v2))) {
        if (e === undefined) return false;
        ok = addIssueAt(e, p, 'page', expected('an integer', v2));
      } else {
        if (v2 < 1) {
          if (e === undefined) return false;
          ok = addIssueAt(e, p, 'page', expected('at least 1', v2));
        }
      }
    }
  }
  return ok;
}
function check_getMessage_header(v: unknown, p: Path, e: Issue[] | undefined): boolean {
  let ok = true;
  if (!(typeof v === 'object' && v !== null && !Array.isArray(v))) {
    if (e === undefined) return false;
    ok = addIssue(e, p, expected('an object', v));
  } else {
    const o1 = v as JsonObject;
    const v2 = o1['X-Trace'];
    if (v2 === undefined) {
      if (e === undefined) return false;
      ok = addIssueAt(e, p, 'X-Trace', 'required property is missing');
    } else {
      if (!(typeof v2 === 'string')) {
        if (e === undefined) return false;
        ok = addIssueAt(e, p, 'X-Trace', expected('a string', v2));
      } else {
        if (!isUuid(v2)) {
          if (e === undefined) return false;
          ok = addIssueAt(e, p, 'X-Trace', expected('a UUID', v2));
        }
      }
    }
  }
  return ok;
}
function check_getMessage_200(v: unknown, p: Path, e: Issue[] | undefined): boolean {
  let ok = true;
  if (!Array.isArray(v)) {
    if (e === undefined) return false;
    ok = addIssue(e, p, expected('an array', v));
  } else {
    const a1: readonly unknown[] = v;
    for (let i2 = 0, n3 = a1.length; i2 < n3; i2++) {
      const v4 = a1[i2];
      if (!checkDetails(v4, p, undefined)) {
        if (e === undefined) return false;
        ok = false;
        checkDetails(v4, pathTo(p, i2), e);
        if (v4 === undefined) break;
      }
    }
  }
  return ok;
}
function check_updateMessage_path(v: unknown, p: Path, e: Issue[] | undefined): boolean {
  let ok = true;
  if (!(typeof v === 'object' && v !== null && !Array.isArray(v))) {
    if (e === undefined) return false;
    ok = addIssue(e, p, expected('an object', v));
  } else {
    const o1 = v as JsonObject;
    const v2 = o1.id;
    if (v2 === undefined) {
      if (e === undefined) return false;
      ok = addIssueAt(e, p, 'id', 'required property is missing');
    } else {
      if (!(typeof v2 === 'string')) {
        if (e === undefined) return false;
        ok = addIssueAt(e, p, 'id', expected('a string', v2));
      } else {
        if (!pattern2.test(v2)) {
          if (e === undefined) return false;
          ok = addIssueAt(e, p, 'id', expected('a string matching /^[0-9a-f]{24}$/', v2));
        }
      }
    }
  }
  return ok;
}

/** A validator for every component schema of fixture. */
export interface SchemaValidators {
  readonly PhoneNumber: Validator<Schemas['PhoneNumber']>;
  readonly Recipient: Validator<Schemas['Recipient']>;
  readonly Recipients: Validator<Schemas['Recipients']>;
  readonly PutBody: Validator<Schemas['PutBody']>;
  readonly Envelope: Validator<Schemas['Envelope']>;
  readonly Details: Validator<Schemas['Details']>;
  readonly AuthenticationType: Validator<Schemas['AuthenticationType']>;
  readonly MessageDetails: Validator<Schemas['MessageDetails']>;
  readonly Tree: Validator<Schemas['Tree']>;
  readonly Composed: Validator<Schemas['Composed']>;
  readonly Overlapping: Validator<Schemas['Overlapping']>;
  readonly Tags: Validator<Schemas['Tags']>;
  readonly Anything: Validator<Schemas['Anything']>;
  readonly Nothing: Validator<Schemas['Nothing']>;
  readonly Placeholders: Validator<Schemas['Placeholders']>;
}

export const schemas: SchemaValidators = {
  PhoneNumber: /* @__PURE__ */ createValidator(checkPhoneNumber),
  Recipient: /* @__PURE__ */ createValidator(checkRecipient),
  Recipients: /* @__PURE__ */ createValidator(checkRecipients),
  PutBody: /* @__PURE__ */ createValidator(checkPutBody),
  Envelope: /* @__PURE__ */ createValidator(checkEnvelope),
  Details: /* @__PURE__ */ createValidator(checkDetails),
  AuthenticationType: /* @__PURE__ */ createValidator(checkAuthenticationType),
  MessageDetails: /* @__PURE__ */ createValidator(checkMessageDetails),
  Tree: /* @__PURE__ */ createValidator(checkTree),
  Composed: /* @__PURE__ */ createValidator(checkComposed),
  Overlapping: /* @__PURE__ */ createValidator(checkOverlapping),
  Tags: /* @__PURE__ */ createValidator(checkTags),
  Anything: /* @__PURE__ */ createValidator(checkAnything),
  Nothing: /* @__PURE__ */ createValidator(checkNothing),
  Placeholders: /* @__PURE__ */ createValidator(checkPlaceholders),
};

/** Validators of every operation of fixture: parameters, request bodies and responses. */
export interface OperationValidators {
  readonly getMessage: {
    readonly parameters: {
      readonly path: Validator<NonNullable<Operations['getMessage']['parameters']['path']>>;
      readonly query: Validator<NonNullable<Operations['getMessage']['parameters']['query']>>;
      readonly header: Validator<NonNullable<Operations['getMessage']['parameters']['header']>>;
    };
    readonly responses: {
      readonly '200': {
        readonly 'application/json': Validator<
          Operations['getMessage']['responses']['200']['content']['application/json']
        >;
        readonly 'text/json': Validator<
          Operations['getMessage']['responses']['200']['content']['text/json']
        >;
      };
      readonly '204': {};
    };
  };
  readonly updateMessage: {
    readonly parameters: {
      readonly path: Validator<NonNullable<Operations['updateMessage']['parameters']['path']>>;
    };
    readonly requestBody: {
      readonly 'application/json': Validator<
        NonNullable<Operations['updateMessage']['requestBody']>['content']['application/json']
      >;
    };
    readonly responses: {
      readonly '200': {
        readonly 'application/json': Validator<
          Operations['updateMessage']['responses']['200']['content']['application/json']
        >;
        readonly 'application/xml': Validator<
          Operations['updateMessage']['responses']['200']['content']['application/xml']
        >;
      };
      readonly '404': {
        readonly 'application/json': Validator<
          Operations['updateMessage']['responses']['404']['content']['application/json']
        >;
      };
    };
  };
}

export const operations: OperationValidators = {
  getMessage: {
    parameters: {
      path: /* @__PURE__ */ createValidator<
        NonNullable<Operations['getMessage']['parameters']['path']>
      >(check_getMessage_path),
      query:
        /* @__PURE__ */ createValidator<
          NonNullable<Operations['getMessage']['parameters']['query']>
        >(check_getMessage_query),
      header:
        /* @__PURE__ */ createValidator<
          NonNullable<Operations['getMessage']['parameters']['header']>
        >(check_getMessage_header),
    },
    responses: {
      '200': {
        'application/json':
          /* @__PURE__ */ createValidator<
            Operations['getMessage']['responses']['200']['content']['application/json']
          >(check_getMessage_200),
        'text/json':
          /* @__PURE__ */ createValidator<
            Operations['getMessage']['responses']['200']['content']['application/json']
          >(check_getMessage_200),
      },
      '204': {},
    },
  },
  updateMessage: {
    parameters: {
      path: /* @__PURE__ */ createValidator<
        NonNullable<Operations['updateMessage']['parameters']['path']>
      >(check_updateMessage_path),
    },
    requestBody: { 'application/json': schemas['PutBody'] },
    responses: {
      '200': { 'application/json': schemas['Envelope'], 'application/xml': schemas['Envelope'] },
      '404': { 'application/json': schemas['Envelope'] },
    },
  },
};

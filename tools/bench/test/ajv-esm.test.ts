import { describe, expect, it } from 'vitest';
import { realEsm } from '../src/validation/anchors.ts';

describe('realEsm', () => {
  it('turns every require() of ajv standalone code into one default import each', () => {
    const given =
      '"use strict";export const A = validate1;const f0 = require("ajv-formats/dist/formats").fullFormats.double;const f1 = require("ajv-formats/dist/formats").fullFormats["date-time"];const u = require("ajv/dist/runtime/ucs2length").default;';
    expect(realEsm(given)).toBe(
      [
        'import required0 from "ajv-formats/dist/formats.js";',
        'import required1 from "ajv/dist/runtime/ucs2length.js";',
        'export const A = validate1;const f0 = required0.fullFormats.double;const f1 = required0.fullFormats["date-time"];const u = required1.default;',
      ].join('\n'),
    );
  });

  it('leaves code without require() as it was, less the CommonJS prologue', () => {
    expect(realEsm('"use strict";export const A = 1;')).toBe('\nexport const A = 1;');
  });
});

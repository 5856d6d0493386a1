import { describe, expect, it } from 'vitest';
import { EmulatorClock } from '../../src/clock.ts';
import { objectId, objectIdPattern, recipientObjectId } from '../../src/ids.ts';

describe('ids', () => {
  it('makes 24-hex ids that start with the creation time and never repeat', () => {
    const ids = Array.from({ length: 1000 }, () => objectId(Date.UTC(2030, 0, 1)));
    expect(new Set(ids).size).toBe(1000);
    for (const id of ids) expect(id).toMatch(objectIdPattern);
    expect(ids[0]?.slice(0, 8)).toBe((Date.UTC(2030, 0, 1) / 1000).toString(16));
  });

  it('derives recipient ids as the vendor’s example does (message …adcc0, recipient 0 …adcc1)', () => {
    expect(recipientObjectId('5e5e65429f272510fb6adcc0', 0)).toBe('5e5e65429f272510fb6adcc1');
    expect(recipientObjectId('5e5e65429f272510ffffffff', 0)).toBe('5e5e65429f272510ff000000');
  });
});

describe('EmulatorClock', () => {
  it('moves forward from its source and refuses to go back', () => {
    const clock = new EmulatorClock({ now: () => 1000 });
    expect(clock.advance(500)).toBe(1500);
    expect(() => clock.advance(-1)).toThrow(
      'expected a finite number of milliseconds >= 0, got -1',
    );
    clock.reset();
    expect(clock.now()).toBe(1000);
  });
});

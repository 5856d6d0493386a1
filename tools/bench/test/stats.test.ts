import { describe, expect, it } from 'vitest';
import { alternate } from '../src/measure/alternate.ts';
import { median, quantile, ratio, summarize, turnOrder } from '../src/stats.ts';

describe('median', () => {
  it.each([
    { given: [5], want: 5 },
    { given: [3, 1, 2], want: 2 },
    { given: [4, 1, 3, 2], want: 2.5 },
    { given: [10, 1, 1000, 2, 3], want: 3 },
  ])('of $given is $want', ({ given, want }) => {
    expect(median(given)).toBe(want);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('refuses an empty sample', () => {
    expect(() => median([])).toThrow(/at least one value/);
  });
});

describe('quantile', () => {
  const hundred = Array.from({ length: 100 }, (_, index) => 100 - index);

  it.each([
    { q: 0, want: 1 },
    { q: 0.5, want: 50 },
    { q: 0.99, want: 99 },
    { q: 1, want: 100 },
  ])('q $q of 1..100 (shuffled) is $want', ({ q, want }) => {
    expect(quantile(hundred, q)).toBe(want);
  });

  it('refuses q outside [0, 1]', () => {
    expect(() => quantile([1], 1.5)).toThrow(/q in \[0, 1\]/);
  });
});

describe('summarize', () => {
  it('gives median, range and the median absolute deviation as a share of the median', () => {
    // Deviations from 10: 2, 1, 0, 1, 40 → their median is 1, so ±10%.
    expect(summarize([8, 9, 10, 11, 50])).toEqual({
      median: 10,
      min: 8,
      max: 50,
      spreadPercent: 10,
      runs: 5,
    });
  });

  it('has no spread for one run', () => {
    expect(summarize([42])).toMatchObject({ median: 42, spreadPercent: 0, runs: 1 });
  });
});

describe('turnOrder', () => {
  it('alternates two sides: AB, BA, AB', () => {
    expect([0, 1, 2].map((round) => turnOrder(2, round))).toEqual([
      [0, 1],
      [1, 0],
      [0, 1],
    ]);
  });

  it('puts every side in every position once over as many rounds as sides', () => {
    const rounds = [0, 1, 2].map((round) => turnOrder(3, round));
    for (let position = 0; position < 3; position += 1) {
      expect(new Set(rounds.map((order) => order[position]))).toEqual(new Set([0, 1, 2]));
    }
  });

  it('handles warm-up rounds, which are negative', () => {
    expect(turnOrder(2, -1)).toEqual([1, 0]);
    expect(turnOrder(3, -2)).toEqual(turnOrder(3, 1));
  });

  it('refuses a side count that is not a positive whole number', () => {
    expect(() => turnOrder(0, 0)).toThrow(/positive whole number/);
  });
});

describe('ratio', () => {
  it('is ours over the anchor, infinite over a zero anchor', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(1, 0)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('alternate', () => {
  it('runs the sides in rotating order and records only the rounds after warm-up', async () => {
    const calls: string[] = [];
    let tick = 0;
    const side = (label: string) => ({
      label,
      once: () => {
        calls.push(label);
        tick += 1;
        return tick;
      },
    });
    const [a, b] = await alternate([side('a'), side('b')], { warmup: 1, rounds: 3 });
    // Warm-up round -1 runs BA; then AB, BA, AB.
    expect(calls).toEqual(['b', 'a', 'a', 'b', 'b', 'a', 'a', 'b']);
    expect(a?.samples).toEqual([3, 6, 7]);
    expect(b?.samples).toEqual([4, 5, 8]);
    expect(a?.summary.median).toBe(6);
  });

  it('stops starting rounds once the budget is spent, after the minimum', async () => {
    let clock = 0;
    const slow = {
      label: 'slow',
      once: () => {
        clock += 100;
        return 1;
      },
    };
    const [only] = await alternate([slow], {
      warmup: 0,
      rounds: 50,
      minRounds: 2,
      budgetMs: 250,
      now: () => clock,
    });
    // Rounds 0 and 1 always run; the checks before rounds 2 and 3 see 200 and 300 ms elapsed.
    expect(only?.samples).toHaveLength(3);
  });

  it('summarizes the picked figure when a run records several', async () => {
    let run = 0;
    const [side] = await alternate(
      [
        {
          label: 'x',
          once: () => {
            run += 1;
            return { rps: run * 10, cpu: 1 };
          },
        },
      ],
      { warmup: 0, rounds: 3, pick: (sample) => sample.rps },
    );
    expect(side?.summary.median).toBe(20);
    expect(side?.samples.map((sample) => sample.cpu)).toEqual([1, 1, 1]);
  });
});

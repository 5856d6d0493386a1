// Numbers as a person reads them, in the row's unit.
import type { Unit } from './row.ts';

const significant = (value: number, digits = 3) =>
  value >= 10 ** digits ? Math.round(value).toLocaleString('en-US') : value.toPrecision(digits);

export function formatValue(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return String(value);
  switch (unit) {
    case 'ms':
      return value >= 1000 ? `${(value / 1000).toPrecision(3)} s` : `${significant(value)} ms`;
    case 'ops/s':
      if (value >= 1e6) return `${(value / 1e6).toPrecision(3)} M/s`;
      return value >= 1e3 ? `${(value / 1e3).toPrecision(3)} k/s` : `${significant(value)} /s`;
    case 'req/s':
      return `${Math.round(value).toLocaleString('en-US')} req/s`;
    case 'µs/req':
      return `${significant(value)} µs`;
    case 'bytes':
      return value >= 1000 ? `${(value / 1000).toPrecision(3)} kB` : `${Math.round(value)} B`;
  }
}

export function formatRatio(ratio: number): string {
  if (!Number.isFinite(ratio)) return '–';
  return `${ratio >= 100 ? Math.round(ratio) : ratio.toPrecision(3)}×`;
}

export function formatSpread(spreadPercent: number, runs: number): string {
  return runs < 2
    ? 'exact'
    : `±${spreadPercent < 10 ? spreadPercent.toFixed(1) : Math.round(spreadPercent)}%`;
}

/**
 * The shortest string the common shapes of `pattern` match (literals, classes, groups with
 * alternatives, quantifiers), checked against the pattern itself; undefined when the pattern is
 * beyond this small walker (lookarounds, back-references) or the result does not match.
 */
export function stringFromPattern(pattern: string): string | undefined {
  try {
    const walker = new PatternWalker(pattern);
    const text = walker.sequence();
    return new RegExp(pattern, 'u').test(text) ? text : undefined;
  } catch {
    return undefined;
  }
}

const classSamples: Readonly<Record<string, string>> = {
  d: '0',
  w: 'a',
  s: ' ',
  D: 'a',
  W: '-',
  S: 'a',
};

class PatternWalker {
  private index = 0;
  private readonly pattern: string;

  constructor(pattern: string) {
    this.pattern = pattern;
  }

  /** A sequence up to `|`, `)` or the end; alternatives after `|` are skipped. */
  sequence(): string {
    let out = '';
    while (this.index < this.pattern.length) {
      const char = this.pattern[this.index] as string;
      if (char === ')') break;
      if (char === '|') {
        this.skipAlternatives();
        break;
      }
      const atom = this.atom();
      out += atom.repeat(this.quantifier());
    }
    return out;
  }

  private atom(): string {
    const char = this.pattern[this.index++] as string;
    switch (char) {
      case '^':
      case '$':
        return '';
      case '.':
        return 'a';
      case '\\':
        return this.escape();
      case '[':
        return this.characterClass();
      case '(': {
        if (this.pattern[this.index] === '?') {
          if (this.pattern[this.index + 1] !== ':') throw new Error('lookaround');
          this.index += 2;
        }
        const inner = this.sequence();
        if (this.pattern[this.index++] !== ')') throw new Error('unclosed group');
        return inner;
      }
      default:
        return char;
    }
  }

  private escape(): string {
    const char = this.pattern[this.index++] as string;
    if (/\d/.test(char)) throw new Error('back-reference');
    return classSamples[char] ?? char;
  }

  private characterClass(): string {
    const negated = this.pattern[this.index] === '^';
    if (negated) this.index++;
    let first: string | undefined;
    while (this.index < this.pattern.length && this.pattern[this.index] !== ']') {
      let char = this.pattern[this.index++] as string;
      if (char === '\\') char = this.escape();
      first ??= char;
    }
    this.index++;
    if (negated) return first === 'x' ? 'y' : 'x';
    if (first === undefined) throw new Error('empty class');
    return first;
  }

  /** How many times the atom repeats: the smallest count the quantifier allows. */
  private quantifier(): number {
    const char = this.pattern[this.index];
    let count = 1;
    if (char === '*' || char === '?') {
      this.index++;
      count = 0;
    } else if (char === '+') {
      this.index++;
    } else if (char === '{') {
      const match = /^\{(\d+)(,\d*)?\}/.exec(this.pattern.slice(this.index));
      if (!match) return 1;
      this.index += match[0].length;
      count = Number(match[1]);
    } else {
      return 1;
    }
    if (this.pattern[this.index] === '?') this.index++;
    return count;
  }

  private skipAlternatives(): void {
    let depth = 0;
    while (this.index < this.pattern.length) {
      const char = this.pattern[this.index];
      if (char === '\\') this.index++;
      else if (char === '(') depth++;
      else if (char === ')') {
        if (depth === 0) return;
        depth--;
      }
      this.index++;
    }
  }
}

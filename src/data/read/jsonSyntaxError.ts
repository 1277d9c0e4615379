/**
 * Finds the first place where UTF-8 bytes stop being valid JSON, by the same grammar as
 * JSON.parse (RFC 8259). The reader calls it only after JSON.parse has failed, to say at
 * which byte, which engine messages do not always tell.
 */

/** The first syntax error found: its index in the bytes and what the grammar expects there. */
export interface JsonSyntaxProblem {
  /** Index of the offending byte; the end of the range when the JSON stops short. */
  index: number;
  /** What would be valid there, e.g. `':'` or `a value`. */
  expected: string;
}

const OBJECT = 0;
const ARRAY = 1;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const DIGIT_ZERO = 0x30;
const DIGIT_NINE = 0x39;
const LOWER_E = 0x65;
const UPPER_E = 0x45;
const COMMA = 0x2c;
const COLON = 0x3a;

/** The single-character escapes after a backslash: `" \ / b f n r t`. */
const SIMPLE_ESCAPES = new Set([0x22, 0x5c, 0x2f, 0x62, 0x66, 0x6e, 0x72, 0x74]);

function isWhitespace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

function isDigit(byte: number): boolean {
  return byte >= DIGIT_ZERO && byte <= DIGIT_NINE;
}

function isHexDigit(byte: number): boolean {
  return isDigit(byte) || (byte >= 0x61 && byte <= 0x66) || (byte >= 0x41 && byte <= 0x46);
}

/** A pass over one range of bytes; `index` moves forward and `problem` is set on failure. */
class SyntaxCheck {
  index: number;
  problem: JsonSyntaxProblem | null = null;

  constructor(
    private readonly bytes: Uint8Array,
    start: number,
    private readonly end: number,
  ) {
    this.index = start;
  }

  /** The byte at the index, or -1 past the end of the range. */
  private current(): number {
    return this.index < this.end ? this.bytes[this.index]! : -1;
  }

  fail(expected: string): false {
    this.problem = { index: this.index, expected };
    return false;
  }

  skipWhitespace(): void {
    while (this.index < this.end && isWhitespace(this.bytes[this.index]!)) this.index++;
  }

  string(): boolean {
    if (this.current() !== QUOTE) return this.fail('a string in double quotes');
    this.index++;
    for (;;) {
      const byte = this.current();
      if (byte === -1) return this.fail('a closing quote');
      if (byte === QUOTE) {
        this.index++;
        return true;
      }
      if (byte < 0x20) return this.fail('no control character inside a string');
      this.index++;
      if (byte !== BACKSLASH) continue;
      const escape = this.current();
      if (SIMPLE_ESCAPES.has(escape)) {
        this.index++;
      } else if (escape === 0x75) {
        this.index++;
        for (let digit = 0; digit < 4; digit++) {
          if (!isHexDigit(this.current())) return this.fail('a hexadecimal digit');
          this.index++;
        }
      } else {
        return this.fail('an escape: one of " \\ / b f n r t u');
      }
    }
  }

  private digits(): boolean {
    if (!isDigit(this.current())) return this.fail('a digit');
    while (isDigit(this.current())) this.index++;
    return true;
  }

  number(): boolean {
    if (this.current() === MINUS) this.index++;
    if (this.current() === DIGIT_ZERO) this.index++;
    else if (!this.digits()) return false;
    if (this.current() === DOT) {
      this.index++;
      if (!this.digits()) return false;
    }
    const exponent = this.current();
    if (exponent === LOWER_E || exponent === UPPER_E) {
      this.index++;
      if (this.current() === PLUS || this.current() === MINUS) this.index++;
      if (!this.digits()) return false;
    }
    return true;
  }

  literal(word: string): boolean {
    for (let offset = 0; offset < word.length; offset++) {
      if (this.current() !== word.charCodeAt(offset)) return this.fail(`'${word}'`);
      this.index++;
    }
    return true;
  }

  /** A member's name and colon, from the opening quote of the name. */
  memberName(): boolean {
    if (this.current() !== QUOTE) return this.fail('a property name in double quotes');
    if (!this.string()) return false;
    this.skipWhitespace();
    if (this.current() !== COLON) return this.fail("':'");
    this.index++;
    return true;
  }

  /** One value and nothing but whitespace after it, with containers on a stack of their own. */
  document(): JsonSyntaxProblem | null {
    const containers: number[] = [];
    let expectingValue = true;
    for (;;) {
      this.skipWhitespace();
      const byte = this.current();
      if (expectingValue) {
        if (byte === 0x7b || byte === 0x5b) {
          this.index++;
          this.skipWhitespace();
          const closing = byte === 0x7b ? 0x7d : 0x5d;
          if (this.current() === closing) {
            this.index++;
            expectingValue = false;
            continue;
          }
          containers.push(byte === 0x7b ? OBJECT : ARRAY);
          if (byte === 0x7b && !this.memberName()) return this.problem;
          continue;
        }
        let valid: boolean;
        if (byte === QUOTE) valid = this.string();
        else if (byte === MINUS || isDigit(byte)) valid = this.number();
        else if (byte === 0x74) valid = this.literal('true');
        else if (byte === 0x66) valid = this.literal('false');
        else if (byte === 0x6e) valid = this.literal('null');
        else valid = this.fail('a value');
        if (!valid) return this.problem;
        expectingValue = false;
        continue;
      }
      const container = containers.at(-1);
      if (container === undefined) {
        if (byte !== -1) this.fail('the end of the JSON');
        return this.problem;
      }
      if (byte === COMMA) {
        this.index++;
        this.skipWhitespace();
        if (container === OBJECT && !this.memberName()) return this.problem;
        expectingValue = true;
      } else if (byte === (container === OBJECT ? 0x7d : 0x5d)) {
        this.index++;
        containers.pop();
      } else {
        this.fail(container === OBJECT ? "',' or '}'" : "',' or ']'");
        return this.problem;
      }
    }
  }
}

/**
 * The first syntax error in `bytes[start..end)` read as one JSON text, or null when it is valid.
 *
 * @example
 * findJsonSyntaxError(new TextEncoder().encode('{"a" 1}'), 0, 7); // { index: 5, expected: "':'" }
 */
export function findJsonSyntaxError(
  bytes: Uint8Array,
  start: number,
  end: number,
): JsonSyntaxProblem | null {
  return new SyntaxCheck(bytes, start, end).document();
}

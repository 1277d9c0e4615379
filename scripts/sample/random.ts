/**
 * A small seeded pseudo-random number source, so that the sample county and the benchmark
 * networks come out the same on every run (never `Math.random`).
 *
 * The core is Marsaglia's 32-bit xorshift; seeds and labels are mixed in with a 32-bit FNV-1a
 * hash, so `fork('towns')` gives an independent stream whose numbers do not shift when another
 * part of the generator draws more or fewer numbers.
 */

/** A deterministic stream of pseudo-random numbers. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [lowest, highest). */
  between(lowest: number, highest: number): number;
  /** A whole number in lowest…highest, both included. */
  integer(lowest: number, highest: number): number;
  /** True with the given probability. */
  chance(probability: number): boolean;
  /** Standard normal (mean 0, standard deviation 1). */
  normal(): number;
  /** One item of a non-empty list. */
  pick<Item>(items: readonly Item[]): Item;
  /** A shuffled copy of a list. */
  shuffled<Item>(items: readonly Item[]): Item[];
  /** An independent stream named by a label, depending only on this stream's seed. */
  fork(label: string): Random;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const TWO_TO_32 = 4294967296;

/**
 * 32-bit FNV-1a hash of a text, starting from a seed.
 *
 * @example
 * hashText('towns', 7) === hashText('towns', 7); // true
 */
export function hashText(text: string, seed = 0): number {
  let hash = (FNV_OFFSET ^ seed) >>> 0;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, FNV_PRIME) >>> 0;
  }
  return hash;
}

/**
 * A random stream for a seed.
 *
 * @example
 * const random = createRandom(2023);
 * random.between(0, 10); // the same number on every run
 */
export function createRandom(seed: number): Random {
  const seedHash = hashText(`seed:${seed}`);
  // xorshift must never hold 0.
  let state = seedHash === 0 ? 0x9e3779b9 : seedHash;
  const next = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / TWO_TO_32;
  };
  // Let the first numbers forget how close two seeds were.
  for (let warmUp = 0; warmUp < 8; warmUp++) next();

  const random: Random = {
    next,
    between: (lowest, highest) => lowest + (highest - lowest) * next(),
    integer: (lowest, highest) => lowest + Math.floor(next() * (highest - lowest + 1)),
    chance: (probability) => next() < probability,
    normal: () => {
      const radius = Math.sqrt(-2 * Math.log(1 - next()));
      return radius * Math.cos(2 * Math.PI * next());
    },
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    shuffled: (items) => {
      const copy = [...items];
      for (let index = copy.length - 1; index > 0; index--) {
        const other = Math.floor(next() * (index + 1));
        [copy[index], copy[other]] = [copy[other] as (typeof copy)[number], copy[index]!];
      }
      return copy;
    },
    fork: (label) => createRandom(hashText(label, seedHash)),
  };
  return random;
}

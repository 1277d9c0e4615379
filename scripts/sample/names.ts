/**
 * Invented Chinese place names for villages and synthetic towns, drawn from common syllables of
 * Sichuan place names. A name book never hands out the same name twice.
 */
import type { Random } from './random.ts';

const FIRST_SYLLABLES = [
  ...'石龙凤桂柏新光永金银桥白青红黄双马鹤竹梨桃杨高长安太和乐福寿万清泉玉观回顺友隆天狮兴',
];
const SECOND_SYLLABLES = [...'林山河坪湾垭坝沟岩井庙塘田岭寺堡包冲院口丰兴华江门溪坡台'];

/** Hands out unique two-syllable names with a suffix (村, 镇, 乡 …). */
export class NameBook {
  private readonly used = new Set<string>();

  constructor(private readonly random: Random) {}

  /** Marks a name as taken (e.g. a village the seed names). */
  reserve(name: string): void {
    this.used.add(name);
  }

  /**
   * A fresh name ending in `suffix`. After many tries it falls back to a numbered name, so it
   * never loops forever however many names are asked for.
   *
   * @example
   * new NameBook(createRandom(1)).next('村'); // e.g. '桂湾村'
   */
  next(suffix: string): string {
    for (let attempt = 0; attempt < 200; attempt++) {
      const name = `${this.random.pick(FIRST_SYLLABLES)}${this.random.pick(SECOND_SYLLABLES)}${suffix}`;
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
    const prefix = this.random.pick(FIRST_SYLLABLES);
    let serial = 1;
    while (this.used.has(`${prefix}${serial}${suffix}`)) serial++;
    const fallback = `${prefix}${serial}${suffix}`;
    this.used.add(fallback);
    return fallback;
  }
}

/** Chinese numerals for village group numbers (村民小组) 1–12. */
const GROUP_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/** A village group's name, e.g. `石林村三组`. */
export function groupName(village: string, group: number): string {
  return `${village}${GROUP_NUMERALS[(group - 1) % GROUP_NUMERALS.length]}组`;
}

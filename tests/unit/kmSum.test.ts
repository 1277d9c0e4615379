import { describe, expect, it } from 'vitest';
import { KmSum } from '../../src/domain/kmSum.ts';

describe('KmSum', () => {
  it('does not drift where a plain sum does', () => {
    const sum = new KmSum();
    let plainSum = 0;
    for (let i = 0; i < 10; i++) {
      sum.add(0.1);
      plainSum += 0.1;
    }
    expect(plainSum).not.toBe(1);
    expect(sum.value).toBe(1);
  });

  it('adds negative figures and keeps millimetres', () => {
    const sum = new KmSum();
    sum.add(1.2345678);
    sum.add(-0.2345678);
    expect(sum.value).toBe(1);
    sum.add(0.0004);
    expect(sum.value).toBe(1.0004);
  });
});

import { describe, it, expect } from 'vitest';
import { fit, oneLine, percent, shareBar, thresholdPercent } from '../../../src/reporters/bars.js';

describe('shareBar', () => {
  it('draws an empty track for a share of 0', () => {
    expect(shareBar(0, 10)).toBe('░░░░░░░░░░');
  });

  it('fills half the bar for a share of 0.5', () => {
    expect(shareBar(0.5, 10)).toBe('█████░░░░░');
  });

  it('fills the whole bar for a share of 1', () => {
    expect(shareBar(1, 10)).toBe('██████████');
  });

  it('uses an eighth-block for the remainder and keeps the width', () => {
    expect(shareBar(0.05, 10)).toBe('▌░░░░░░░░░');
    expect(shareBar(0.925, 20)).toBe('██████████████████▌░');
    for (const s of [0, 0.01, 0.33, 0.925, 1]) expect([...shareBar(s, 13)]).toHaveLength(13);
  });

  it('never draws a non-zero share as empty', () => {
    expect(shareBar(0.0001, 10)).toBe('▏░░░░░░░░░');
  });

  it('clamps shares outside 0..1 and odd widths', () => {
    expect(shareBar(1.5, 4)).toBe('████');
    expect(shareBar(-1, 4)).toBe('░░░░');
    expect(shareBar(Number.NaN, 4)).toBe('░░░░');
    expect(shareBar(0.5, 0)).toBe('');
  });
});

describe('percent', () => {
  it('rounds to a whole percentage', () => {
    expect(percent(0)).toBe('0%');
    expect(percent(0.5)).toBe('50%');
    expect(percent(0.925)).toBe('93%');
    expect(percent(1)).toBe('100%');
  });

  it('shows <1% for a share above zero that would round to 0%', () => {
    expect(percent(0.0049)).toBe('<1%');
    expect(percent(0.005)).toBe('1%');
  });

  it('reads thresholds back exactly', () => {
    expect(thresholdPercent(0.25)).toBe('25%');
    expect(thresholdPercent(0.1)).toBe('10%');
    expect(thresholdPercent(0.125)).toBe('12.5%');
  });
});

describe('text helpers', () => {
  it('oneLine strips terminal escapes, control and bidi characters', () => {
    expect(oneLine('a\u001b[31mred\u001b[0m\n\tb\u202ec\u0007')).toBe('ared b c');
  });

  it('fit cuts with an ellipsis only when needed', () => {
    expect(fit('abcdef', 6)).toBe('abcdef');
    expect(fit('abcdef', 4)).toBe('abc…');
  });
});

import { describe, expect, it } from 'vitest';
import { whenFirstInput } from './app';

describe('whenFirstInput', () => {
  it('loads nothing while the page is only looked at, and loads once at the first tap or key press', () => {
    const page = new EventTarget();
    let loads = 0;
    whenFirstInput(page, () => {
      loads += 1;
    });
    page.dispatchEvent(new Event('scroll'));
    expect(loads).toBe(0);
    page.dispatchEvent(new Event('pointerdown'));
    expect(loads).toBe(1);
    page.dispatchEvent(new Event('keydown'));
    page.dispatchEvent(new Event('pointerdown'));
    expect(loads).toBe(1);
  });

  it('also starts at a key press, for a person who uses the keyboard', () => {
    const page = new EventTarget();
    let loads = 0;
    whenFirstInput(page, () => {
      loads += 1;
    });
    page.dispatchEvent(new Event('keydown'));
    expect(loads).toBe(1);
  });
});

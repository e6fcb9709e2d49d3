import { describe, expect, it } from 'vitest';
import { confirmWordMatches } from './confirmWord';

describe('the confirming word', () => {
  it('matches in any case and with spaces around it', () => {
    expect(confirmWordMatches('WISSEN', 'WISSEN')).toBe(true);
    expect(confirmWordMatches(' wissen ', 'WISSEN')).toBe(true);
    expect(confirmWordMatches('Delete', 'DELETE')).toBe(true);
  });

  it('does not match a part, another word or nothing', () => {
    expect(confirmWordMatches('', 'WISSEN')).toBe(false);
    expect(confirmWordMatches('WISSE', 'WISSEN')).toBe(false);
    expect(confirmWordMatches('WIS SEN', 'WISSEN')).toBe(false);
    expect(confirmWordMatches('DELETE', 'WISSEN')).toBe(false);
  });
});

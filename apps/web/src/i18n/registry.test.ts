import { describe, expect, it, vi } from 'vitest';
import { createTextRegistry } from './registry';

function loaders(name: string) {
  return {
    nl: vi.fn(() => Promise.resolve({ text: `${name} nl` })),
    en: vi.fn(() => Promise.resolve({ text: `${name} en` })),
  };
}

describe('the text loader', () => {
  it('loads only the language that is asked for: a Dutch first run fetches no English', async () => {
    const registry = createTextRegistry();
    const main = loaders('main');
    const safety = loaders('safety');
    registry.define('main', main);
    const texts = registry.define('safety', safety);

    expect(texts.read('nl').ready).toBe(false);
    expect(await texts.load('nl')).toEqual({ text: 'safety nl' });
    expect(texts.read('nl')).toEqual({ ready: true, value: { text: 'safety nl' } });
    await registry.loadInUse('nl');

    expect(safety.nl).toHaveBeenCalledTimes(1);
    expect(safety.en).not.toHaveBeenCalled();
    expect(main.en).not.toHaveBeenCalled();
    // "main" was never used, so nothing loaded it.
    expect(main.nl).not.toHaveBeenCalled();
  });

  it('loads the other language of the namespaces in use on a switch, and only those', async () => {
    const registry = createTextRegistry();
    const safety = loaders('safety');
    const lesson = loaders('lesson');
    registry.define('safety', safety).read('nl');
    registry.define('lesson', lesson);

    await registry.loadInUse('en');

    expect(safety.en).toHaveBeenCalledTimes(1);
    expect(lesson.nl).not.toHaveBeenCalled();
    expect(lesson.en).not.toHaveBeenCalled();
  });

  it('knows the language of what it loaded', async () => {
    const registry = createTextRegistry();
    const texts = registry.define('main', loaders('main'));
    const english = await texts.load('en');
    expect(registry.langOf(english)).toBe('en');
    expect(registry.langOf({ text: 'main en' })).toBeUndefined();
  });

  it('tries a failed load again, and a failure does not stop a language switch', async () => {
    const registry = createTextRegistry();
    const en = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue({ text: 'en' });
    const texts = registry.define('safety', { nl: () => Promise.resolve({ text: 'nl' }), en });

    await expect(registry.loadInUse('en')).resolves.toBeUndefined();
    texts.read('nl');
    await expect(registry.loadInUse('en')).resolves.toBeUndefined();
    expect(await texts.load('en')).toEqual({ text: 'en' });
    expect(en).toHaveBeenCalledTimes(2);
  });
});

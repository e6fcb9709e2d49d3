import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RECORD_KINDS } from '@veerkracht/core';
import { describe, expect, it } from 'vitest';
import { inCoreBuild, recordKindModules } from './chunkGroups';

describe('the records chunk group', () => {
  it('finds every module that defines a record kind of the core table, and no other', async () => {
    const modules = recordKindModules();
    const types = new Set<string>();
    for (const module of modules) {
      const file = pathToFileURL(resolve(import.meta.dirname, `../../../packages/core/dist/${module}.js`)).href;
      const exported: Record<string, unknown> = await import(/* @vite-ignore */ file);
      const kinds = Object.entries(exported).filter(([name]) => name.endsWith('_KIND'));
      expect(kinds.length, module).toBeGreaterThan(0);
      for (const [, kind] of kinds) types.add((kind as { type: string }).type);
    }
    expect([...types].sort()).toEqual(expect.arrayContaining(RECORD_KINDS.map((kind) => kind.type).sort()));
    expect(modules).not.toContain('sync/hlc');
  });

  it('reads kinds from multi-line imports and leaves imports without a kind out', () => {
    const source = `import { parseHlc } from '../sync/hlc.js';
import {
  ACTIVITY_PLAN_KIND,
  FOLLOW_UP_KIND,
} from '../graded/activityRecords.js';
import { PSK_KIND } from '../measures/measureRecords.js';`;
    expect(recordKindModules(source)).toEqual(['graded/activityRecords', 'measures/measureRecords']);
  });

  it('matches built core files by path, on any system, and nothing outside the core build', () => {
    const test = inCoreBuild(['measures/measureRecords']);
    expect(test('/work/main/packages/core/dist/measures/measureRecords.js')).toBe(true);
    expect(test('C:\\work\\packages\\core\\dist\\measures\\measureRecords.js')).toBe(true);
    expect(test('/work/main/packages/core/src/measures/measureRecords.ts')).toBe(false);
    expect(test('/work/main/apps/web/src/measures/measureRecords.js')).toBe(false);
  });
});

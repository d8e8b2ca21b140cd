import { describe, expect, it } from 'vitest';
import { venueLookup } from '../../src/lib/catalog/venues.ts';
import { resolveVenue } from '../../src/lib/contrib/scaffold.ts';
import { loadOk } from '../support/load-ok.ts';

const venues = [
  { name: 'CVPR', aliases: ['CVPR Main'] },
  { name: 'CVPRW', aliases: ['CVPR Workshop'] },
  { name: 'ACM MM', aliases: ['ACMMM'] },
];

describe('the one venue lookup', () => {
  it('maps names and aliases whatever their case and spacing', () => {
    const v = venueLookup(venues);
    expect(v.resolve('cvpr')).toBe('CVPR');
    expect(v.resolve('  cvpr   workshop ')).toBe('CVPRW');
    expect(v.resolve('acm  mm')).toBe('ACM MM');
    expect(v.resolve('ACMMM')).toBe('ACM MM');
    expect(v.resolve('ICCV')).toBeUndefined();
  });

  it('suggests the canonical venue of the closest name or alias', () => {
    const v = venueLookup(venues);
    expect(v.suggest('CVRP')).toBe('CVPR');
    expect(v.suggest('ACMM')).toBe('ACM MM');
    expect(v.suggest('Nature')).toBeUndefined();
  });

  it('reports a name listed twice and an alias that names another venue', () => {
    const v = venueLookup([...venues, { name: 'CVPR' }, { name: 'ICCV', aliases: ['cvprw'] }]);
    expect(v.conflicts).toEqual([
      { index: 3, message: 'venue "CVPR" is listed twice' },
      { index: 4, alias: 0, message: 'alias "cvprw" of "ICCV" already names venue "CVPRW"' },
    ]);
  });

  it('is what the scaffolder, importer and checker resolve with', () => {
    const catalog = loadOk('data');
    expect(resolveVenue(catalog, ' neurips ')).toBe('NeurIPS');
    expect(resolveVenue(catalog, 'nips')).toBe('NeurIPS');
    expect(() => resolveVenue(catalog, 'CVRP')).toThrow(/did you mean "CVPR"/);
  });
});

/**
 * Every shape of link label the awesome list writes, read into a kind of link
 * or a venue with its year and notes. The labels are the ones the 2026 list
 * uses (and the seed before it); venue spellings are resolved later against
 * data/venues.yaml, so here they are only split.
 */
import { describe, expect, it } from 'vitest';
import { readLabel } from '../../src/lib/import/labels.ts';

const meaning = (label: string) => readLabel(label);

describe('labels that name a kind of link', () => {
  it.each([
    ['code', { role: 'code', notes: [] }],
    ['Code', { role: 'code', notes: [] }],
    ['Github', { role: 'code', notes: [] }],
    ['repo', { role: 'code', notes: [] }],
    ['unofficial code', { role: 'unofficial_code', notes: [] }],
    ['unofficial code in SAA', { role: 'unofficial_code', notes: ['unofficial code in SAA'] }],
    ['unofficial code in mala-lab', { role: 'unofficial_code', notes: ['unofficial code in mala-lab'] }],
    ['homepage', { role: 'project', notes: [] }],
    ['project page', { role: 'project', notes: [] }],
    ['github page', { role: 'project', notes: [] }],
    ['Main Page', { role: 'project', notes: [] }],
    ['Challenge and Call for Papers', { role: 'project', notes: [] }],
    ['data', { role: 'data', notes: [] }],
    ['data link', { role: 'data', notes: [] }],
    ['data 2019', { role: 'data', year: 2019, notes: [] }],
    ['data split', { role: 'data', notes: ['data split'] }],
    ['data / MCBT', { role: 'data', notes: ['data: MCBT'] }],
    ['paper', { role: 'paper', notes: [] }],
    ['video', { role: 'video', notes: [] }],
    ['中文', { role: 'writeup', notes: ['write-up in Chinese'] }],
    ['write-up', { role: 'writeup', notes: [] }],
    ['Demo', { role: 'demo', notes: [] }],
    ['Model', { role: 'model', notes: [] }],
  ])('[[%s]]', (label, expected) => {
    expect(meaning(label)).toEqual(expected);
  });
});

describe('"coming soon" labels: a link kind whose note says it is not there yet', () => {
  it.each([
    ['code is coming soon', 'code', 'code coming soon'],
    ['code coming soon', 'code', 'code coming soon'],
    ['code is comming', 'code', 'code coming soon'],
    ['dataset is coming soon', 'data', 'dataset coming soon'],
    ['data is comming', 'data', 'dataset coming soon'],
  ])('[[%s]]', (label, role, note) => {
    expect(meaning(label)).toEqual({ role, notes: [note] });
  });
});

describe('venue labels', () => {
  it.each([
    // Spacing and glued years.
    ['CVPR 2022', { venue: 'CVPR', year: 2022, notes: [] }],
    ['NIPS 2022', { venue: 'NIPS', year: 2022, notes: [] }],
    ['ECCV2024', { venue: 'ECCV', year: 2024, notes: [] }],
    ['ICML2025', { venue: 'ICML', year: 2025, notes: [] }],
    ['TIP2024', { venue: 'TIP', year: 2024, notes: [] }],
    ['  ICASSP   2024 ', { venue: 'ICASSP', year: 2024, notes: [] }],
    // Two-digit years, year before the venue, no year.
    ['KDD 25', { venue: 'KDD', year: 2025, notes: [] }],
    ['2024,TIM', { venue: 'TIM', year: 2024, notes: [] }],
    ['T-ASE', { venue: 'T-ASE', year: undefined, notes: [] }],
    ['Journal of Intelligent Manufacturing', { venue: 'Journal of Intelligent Manufacturing', year: undefined, notes: [] }],
    // A venue whose name starts like a link kind is still a venue.
    ['Data Intelligence 2025', { venue: 'Data Intelligence', year: 2025, notes: [] }],
    // Remarks after the venue.
    ['CVPR 2022 oral', { venue: 'CVPR', year: 2022, notes: ['oral'] }],
    ['ECCV 2026 Oral', { venue: 'ECCV', year: 2026, notes: ['oral'] }],
    ['ICCVW 2025 oral', { venue: 'ICCVW', year: 2025, notes: ['oral'] }],
    ['2023 SAM tech report', { venue: '', year: 2023, notes: ['SAM tech report'] }],
    ['2023 Section 9.2', { venue: '', year: 2023, notes: ['Section 9.2'] }],
    // Version tags: the version is kept apart from the notes, the caller says which publication it is.
    ['NeurIPS2022v1', { venue: 'NeurIPS', year: 2022, notes: [], version: 'v1' }],
    ['2024v1.5', { venue: '', year: 2024, notes: [], version: 'v1.5' }],
    ['2025 v2', { venue: '', year: 2025, notes: [], version: 'v2' }],
  ])('[[%s]]', (label, expected) => {
    expect(meaning(label)).toEqual({ role: 'venue', crossRef: undefined, version: undefined, ...expected });
  });

  it('reads a cross-reference to another section before the venue', () => {
    expect(meaning('(Memory bank)CVPR 2022')).toMatchObject({ role: 'venue', venue: 'CVPR', year: 2022, crossRef: 'Memory bank' });
  });
});

describe('workshop labels keep their workshop', () => {
  it.each([
    ['CVPR 2025 VAND 3.0 Workshop', 2025, ['VAND 3.0 workshop']],
    ['CVPR 2025 VAND Workshop', 2025, ['VAND workshop']],
    ['CVPR 2025 SyntaGen Workshop', 2025, ['SyntaGen workshop']],
    ['CVPR 2025 W (VAND)', 2025, ['VAND workshop']],
    ['CVPR 2025W', 2025, []],
    ['CVPR2025W Challenge', 2025, ['challenge']],
    ['CVPR 2023 VAND Workshop Challenge', 2023, ['challenge', 'VAND workshop']],
    ['CVPR 24 Visual Anomaly Detection Workshop', 2024, ['Visual Anomaly Detection workshop']],
    ['CVPR Workshop paper list 2023', 2023, []],
    ['CVPR Workshop 2023(mainly on video anomaly detection)', 2023, ['mainly on video anomaly detection']],
    // CVPR's Findings are a workshop: CVPR 2026 publishes them in the workshop proceedings.
    ['CVPR 2026 Findings', 2026, ['Findings workshop']],
  ])('[[%s]] → CVPR Workshop', (label, year, notes) => {
    expect(meaning(label)).toMatchObject({ role: 'venue', venue: 'CVPR Workshop', year, notes });
  });

  it.each([
    ['IJCAI WORKSHOP 2024', 'IJCAI Workshop', 2024],
    ['IROS 2022 Workshop', 'IROS Workshop', 2022],
  ])('[[%s]] → %s', (label, venue, year) => {
    expect(meaning(label)).toMatchObject({ role: 'venue', venue, year, notes: [] });
  });

  it('reads a workshop the list writes in parentheses after a workshop venue, as LIST.md does', () => {
    expect(meaning('CVPRW 2025 (VAND 3.0 workshop)')).toMatchObject({ venue: 'CVPRW', year: 2025, notes: ['VAND 3.0 workshop'] });
  });

  it('leaves "Findings" outside the CVF conferences alone', () => {
    expect(meaning('Findings of ACL 2024')).toMatchObject({ venue: 'Findings of ACL', year: 2024, notes: [] });
  });
});

import { DATA_BLOCKS, NOT_IN_RECORDS, REGIMES, regimeById } from './regimes';

describe('statement regimes', () => {
  it('maps the six UK s.54(5) areas, the seven Australian s.16(1) criteria, Canada s.11 and the five California disclosures', () => {
    expect(regimeById('uk_msa_s54')!.headings.map((heading) => heading.source)).toEqual(
      ['a', 'b', 'c', 'd', 'e', 'f'].map((letter) => `s.54(5)(${letter})`),
    );
    expect(regimeById('au_msa_s16')!.headings).toHaveLength(7);
    expect(regimeById('us_ca_tisca')!.headings).toHaveLength(5);
    expect(regimeById('ca_s211')!.headings.length).toBeGreaterThanOrEqual(7);
  });

  it('answers every heading from the records or says plainly what the records cannot show', () => {
    for (const regime of REGIMES)
      for (const heading of regime.headings) {
        expect({
          regime: regime.id,
          heading: heading.id,
          answered: heading.blocks.length + (heading.gaps?.length ?? 0) > 0,
        }).toEqual({ regime: regime.id, heading: heading.id, answered: true });
        for (const block of heading.blocks) expect(DATA_BLOCKS[block]).toBeDefined();
        for (const gap of heading.gaps ?? [])
          expect(NOT_IN_RECORDS[gap]).toMatch(/not recorded|no record/);
      }
  });

  it('uses every data block somewhere', () => {
    const used = new Set(
      REGIMES.flatMap((regime) => regime.headings.flatMap((heading) => heading.blocks)),
    );
    expect([...used].sort()).toEqual(Object.keys(DATA_BLOCKS).sort());
  });
});

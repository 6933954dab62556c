import fc from 'fast-check';
import {
  FROZEN_RECORD_KINDS,
  emptyFrozenRecords,
  matchesTrace,
  traceRecords,
  type FrozenRecords,
} from './frozen-records';

const finding = (
  id: string,
  year: 'current' | 'previous',
  indicators: string[],
  severity = 'major',
) =>
  ({
    id,
    facts: {
      year,
      audit: 'AUD-1',
      site: 'Penang Glove Works',
      severity,
      category: 'recruitment',
      indicators,
    },
  }) as FrozenRecords['finding'][number];

describe('matchesTrace (the same as PostgreSQL jsonb facts @> where)', () => {
  const facts = {
    year: 'current',
    tier: 2,
    highRisk: true,
    mainFactor: null,
    indicators: ['debt_bondage', 'retention_of_documents'],
  };

  it('selects everything when there is no filter or an empty one', () => {
    expect(matchesTrace(facts, undefined)).toBe(true);
    expect(matchesTrace(facts, {})).toBe(true);
  });

  it('compares scalars by equality, and only the same type is equal', () => {
    expect(matchesTrace(facts, { year: 'current', tier: 2, highRisk: true })).toBe(true);
    expect(matchesTrace(facts, { year: 'previous' })).toBe(false);
    expect(matchesTrace(facts, { tier: 3 })).toBe(false);
    expect(matchesTrace(facts, { highRisk: false })).toBe(false);
    // jsonb: 2 is not "2" and true is not "true".
    expect(matchesTrace(facts, { tier: '2' })).toBe(false);
    expect(matchesTrace(facts, { highRisk: 'true' })).toBe(false);
  });

  it('needs every key of the filter to match (AND, not OR)', () => {
    expect(matchesTrace(facts, { year: 'current', tier: 3 })).toBe(false);
    expect(matchesTrace(facts, { year: 'previous', tier: 2 })).toBe(false);
  });

  it('matches a null fact with null, but a missing fact with nothing', () => {
    expect(matchesTrace(facts, { mainFactor: null })).toBe(true);
    expect(matchesTrace(facts, { mainFactor: 'country' })).toBe(false);
    // {"a":1} @> {"b":null} is false in PostgreSQL: the key must be there.
    expect(matchesTrace(facts, { notAFact: null })).toBe(false);
    expect(matchesTrace(facts, { notAFact: 'x' })).toBe(false);
  });

  it('treats a list in the filter as "the fact holds every item", in any order', () => {
    expect(matchesTrace(facts, { indicators: ['debt_bondage'] })).toBe(true);
    expect(matchesTrace(facts, { indicators: ['retention_of_documents', 'debt_bondage'] })).toBe(
      true,
    );
    expect(matchesTrace(facts, { indicators: ['debt_bondage', 'debt_bondage'] })).toBe(true);
    expect(matchesTrace(facts, { indicators: [] })).toBe(true);
    expect(matchesTrace(facts, { indicators: ['debt_bondage', 'deception'] })).toBe(false);
    expect(matchesTrace(facts, { indicators: ['deception'] })).toBe(false);
  });

  it('never matches a list against a scalar fact, nor a scalar against a list fact', () => {
    expect(matchesTrace(facts, { year: ['current'] })).toBe(false);
    expect(matchesTrace(facts, { year: [] })).toBe(false);
    expect(matchesTrace(facts, { indicators: 'debt_bondage' })).toBe(false);
    expect(matchesTrace({ indicators: [] }, { indicators: ['debt_bondage'] })).toBe(false);
  });

  it('agrees with a plain model of containment for random facts and filters', () => {
    const value = fc.oneof(
      fc.constantFrom('a', 'b'),
      fc.constantFrom(0, 1),
      fc.boolean(),
      fc.constant(null),
    );
    const list = fc.array(fc.constantFrom('x', 'y', 'z'), { maxLength: 3 });
    const keys = fc.constantFrom('k1', 'k2', 'k3');
    fc.assert(
      fc.property(
        fc.dictionary(keys, fc.oneof(value, list)),
        fc.dictionary(keys, fc.oneof(value, list)),
        (facts, where) => {
          const expected = Object.entries(where).every(([key, want]) => {
            if (!(key in facts)) return false;
            const have = facts[key];
            if (Array.isArray(want))
              return Array.isArray(have) && want.every((item) => have.includes(item));
            return !Array.isArray(have) && have === want;
          });
          return matchesTrace(facts, where) === expected;
        },
      ),
    );
  });
});

describe('traceRecords', () => {
  const records = emptyFrozenRecords();
  records.finding.push(
    finding('f1', 'current', ['abusive_conditions', 'excessive_overtime']),
    finding('f2', 'previous', ['excessive_overtime'], 'critical'),
    finding('f3', 'current', ['debt_bondage', 'retention_of_documents'], 'critical'),
    finding('f4', 'current', ['abusive_conditions']),
  );

  it('returns the records of the kind the filter selects, in the order they were frozen', () => {
    expect(traceRecords(records, { kind: 'finding' }).map((r) => r.id)).toEqual([
      'f1',
      'f2',
      'f3',
      'f4',
    ]);
    expect(
      traceRecords(records, { kind: 'finding', where: { year: 'current' } }).map((r) => r.id),
    ).toEqual(['f1', 'f3', 'f4']);
    expect(
      traceRecords(records, {
        kind: 'finding',
        where: { year: 'current', indicators: ['abusive_conditions'] },
      }).map((r) => r.id),
    ).toEqual(['f1', 'f4']);
    expect(
      traceRecords(records, { kind: 'finding', where: { severity: 'critical' } }).map((r) => r.id),
    ).toEqual(['f2', 'f3']);
  });

  it('never reads records of another kind', () => {
    expect(traceRecords(records, { kind: 'audit' })).toEqual([]);
    expect(traceRecords(records, { kind: 'site', where: { year: 'current' } })).toEqual([]);
  });

  it('returns the frozen records themselves, unchanged', () => {
    const [first] = traceRecords(records, { kind: 'finding', where: { severity: 'major' } });
    expect(first).toBe(records.finding[0]);
  });
});

describe('frozen record kinds', () => {
  it('has an empty list for every kind', () => {
    const records = emptyFrozenRecords();
    expect(Object.keys(records).sort()).toEqual([...FROZEN_RECORD_KINDS].sort());
    for (const kind of FROZEN_RECORD_KINDS) expect(records[kind]).toEqual([]);
    // Fresh lists each time: filling one set does not fill another.
    records.site.push({ id: 's', facts: {} as FrozenRecords['site'][number]['facts'] });
    expect(emptyFrozenRecords().site).toEqual([]);
  });

  it('knows its twelve kinds', () => {
    expect(FROZEN_RECORD_KINDS).toHaveLength(12);
    expect(Object.keys(emptyFrozenRecords()).sort()).toEqual([...FROZEN_RECORD_KINDS].sort());
  });
});

import fc from 'fast-check';
import { DomainError } from '../domain-error';
import { GRIEVANCE_CATEGORIES } from './grievance-categories';
import {
  ATTACHMENTS_REFUSED,
  CONTACT_PREFERENCES,
  MAX_GRIEVANCE_TEXT_LENGTH,
  WORKERS_AFFECTED,
  checkGrievanceMessage,
  checkGrievanceReport,
  contactPreferenceLabel,
  isContactPreference,
  isWorkersAffected,
  workersAffectedLabel,
} from './grievance-report';

const TODAY = '2026-03-15';

function problemsOf(run: () => unknown): Array<{ field: string; message: string }> {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('invalid');
    return (error as DomainError).fields;
  }
  throw new Error('expected a DomainError');
}

const fieldsOf = (run: () => unknown) => problemsOf(run).map((problem) => problem.field);

describe('checkGrievanceReport', () => {
  it('fills in the defaults for a minimal report', () => {
    expect(
      checkGrievanceReport({ category: 'withholding_of_wages', description: '  No pay  ' }, TODAY),
    ).toEqual({
      category: 'withholding_of_wages',
      description: 'No pay',
      happenedOn: null,
      workersAffected: 'unknown',
      contactPreference: 'check_replies_here',
      contactDetails: null,
    });
  });

  it('keeps a complete report', () => {
    const report = {
      category: 'retention_of_documents',
      description: 'পাসপোর্ট রেখে দিয়েছে',
      happenedOn: '2026-03-15',
      workersAffected: 'many',
      contactPreference: 'contact_me',
      contactDetails: ' +977 98 0000 0000 ',
    };
    expect(checkGrievanceReport(report, TODAY)).toEqual({
      ...report,
      contactDetails: '+977 98 0000 0000',
    });
  });

  it('treats null as absent for the optional fields', () => {
    const report = checkGrievanceReport(
      {
        category: 'other',
        description: 'x',
        happenedOn: null,
        workersAffected: null,
        contactPreference: null,
        contactDetails: null,
      },
      TODAY,
    );
    expect(report).toMatchObject({
      happenedOn: null,
      workersAffected: 'unknown',
      contactPreference: 'check_replies_here',
      contactDetails: null,
    });
  });

  it('treats a blank date or blank contact details as not given (forms send empty fields)', () => {
    const report = checkGrievanceReport(
      { category: 'other', description: 'x', happenedOn: '', contactDetails: '  ' },
      TODAY,
    );
    expect(report.happenedOn).toBeNull();
    expect(report.contactDetails).toBeNull();
  });

  it('refuses what is not an object', () => {
    for (const input of [null, 'report', 3, [], undefined])
      expect(fieldsOf(() => checkGrievanceReport(input, TODAY))).toEqual(['report']);
  });

  it('collects every problem in one error', () => {
    const error = (() => {
      try {
        checkGrievanceReport(
          {
            category: 'slavery',
            description: '   ',
            happenedOn: '2026-02-30',
            workersAffected: 14,
            contactPreference: 'email',
          },
          TODAY,
        );
      } catch (e) {
        return e as DomainError;
      }
      throw new Error('expected a DomainError');
    })();
    expect(error.fields.map((f) => f.field)).toEqual([
      'category',
      'description',
      'happenedOn',
      'workersAffected',
      'contactPreference',
    ]);
    expect(error.message).toMatch(/^Invalid report: 5 problems/);
  });

  it('requires category and description', () => {
    expect(fieldsOf(() => checkGrievanceReport({}, TODAY))).toEqual(['category', 'description']);
    expect(problemsOf(() => checkGrievanceReport({ category: 'other' }, TODAY))).toEqual([
      { field: 'description', message: 'must be text' },
    ]);
  });

  it('accepts every category', () => {
    for (const { code } of GRIEVANCE_CATEGORIES)
      expect(checkGrievanceReport({ category: code, description: 'x' }, TODAY).category).toBe(code);
  });

  describe('description length', () => {
    it('counts code points, so non-Latin scripts and emoji get the full allowance', () => {
      const emoji = '😀'.repeat(MAX_GRIEVANCE_TEXT_LENGTH); // 10000 UTF-16 units
      expect(
        checkGrievanceReport({ category: 'other', description: emoji }, TODAY).description,
      ).toBe(emoji);
      expect(
        problemsOf(() =>
          checkGrievanceReport({ category: 'other', description: emoji + '😀' }, TODAY),
        ),
      ).toEqual([{ field: 'description', message: 'must be at most 5000 characters' }]);
    });

    it('counts after trimming', () => {
      const text = ' '.repeat(10) + 'a'.repeat(MAX_GRIEVANCE_TEXT_LENGTH) + '\n';
      expect(
        checkGrievanceReport({ category: 'other', description: text }, TODAY).description,
      ).toHaveLength(MAX_GRIEVANCE_TEXT_LENGTH);
    });

    it('accepts any well-formed text of 1..5000 code points and returns it trimmed', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 300 }), (text) => {
          const trimmed = text.trim();
          fc.pre(trimmed !== '' && !trimmed.includes('\u0000'));
          expect(
            checkGrievanceReport({ category: 'other', description: text }, TODAY).description,
          ).toBe(trimmed);
        }),
      );
    });

    it('refuses NUL and half surrogate pairs', () => {
      for (const description of ['a\u0000b', 'a\ud800b', '\udc00'])
        expect(
          problemsOf(() => checkGrievanceReport({ category: 'other', description }, TODAY)),
        ).toEqual([{ field: 'description', message: 'contains characters that are not text' }]);
    });
  });

  describe('happenedOn', () => {
    const happenedOn = (value: unknown, today = TODAY) =>
      checkGrievanceReport({ category: 'other', description: 'x', happenedOn: value }, today)
        .happenedOn;

    it('accepts today and the day five years ago', () => {
      expect(happenedOn('2026-03-15')).toBe('2026-03-15');
      expect(happenedOn('2021-03-15')).toBe('2021-03-15');
    });

    it('refuses the future, more than five years ago, and what is not a real day', () => {
      expect(problemsOf(() => happenedOn('2026-03-16'))).toEqual([
        { field: 'happenedOn', message: 'must not be in the future' },
      ]);
      expect(problemsOf(() => happenedOn('2021-03-14'))).toEqual([
        { field: 'happenedOn', message: 'must be within the last 5 years' },
      ]);
      for (const value of ['2026-02-29', '15/03/2026', '2026-03-15T10:00:00Z', 20260315, true])
        expect(fieldsOf(() => happenedOn(value))).toEqual(['happenedOn']);
    });

    it('from 29 February, five years back is 28 February', () => {
      expect(happenedOn('2023-02-28', '2028-02-29')).toBe('2023-02-28');
      expect(fieldsOf(() => happenedOn('2023-02-27', '2028-02-29'))).toEqual(['happenedOn']);
    });

    it('throws a plain error when the caller passes a bad today', () => {
      expect(() => checkGrievanceReport({}, '2026-3-15')).toThrow(
        'today must be a day written YYYY-MM-DD',
      );
    });
  });

  it('takes workersAffected as a band only', () => {
    for (const { code } of WORKERS_AFFECTED)
      expect(
        checkGrievanceReport({ category: 'other', description: 'x', workersAffected: code }, TODAY)
          .workersAffected,
      ).toBe(code);
    for (const value of [3, '3', 'all', ''])
      expect(
        fieldsOf(() =>
          checkGrievanceReport(
            { category: 'other', description: 'x', workersAffected: value },
            TODAY,
          ),
        ),
      ).toEqual(['workersAffected']);
  });

  describe('contact', () => {
    const report = (fields: object) =>
      checkGrievanceReport({ category: 'other', description: 'x', ...fields }, TODAY);

    it('requires contact details with contact_me', () => {
      for (const contactDetails of [undefined, null, '', '   '])
        expect(
          problemsOf(() => report({ contactPreference: 'contact_me', contactDetails })),
        ).toEqual([
          { field: 'contactDetails', message: 'is needed when contactPreference is contact_me' },
        ]);
    });

    it('limits contact details to 200 characters', () => {
      expect(
        report({ contactPreference: 'contact_me', contactDetails: 'a'.repeat(200) }).contactDetails,
      ).toHaveLength(200);
      expect(
        fieldsOf(() =>
          report({ contactPreference: 'contact_me', contactDetails: 'a'.repeat(201) }),
        ),
      ).toEqual(['contactDetails']);
      expect(
        fieldsOf(() => report({ contactPreference: 'contact_me', contactDetails: 7 })),
      ).toEqual(['contactDetails']);
    });

    it('refuses contact details unless contact_me, rather than keeping them silently', () => {
      for (const contactPreference of ['none', 'check_replies_here', undefined])
        expect(
          problemsOf(() => report({ contactPreference, contactDetails: 'me@example.org' })),
        ).toEqual([
          {
            field: 'contactDetails',
            message: 'must be left empty unless contactPreference is contact_me',
          },
        ]);
    });

    it('does not judge contact details when the preference itself is wrong', () => {
      expect(fieldsOf(() => report({ contactPreference: 'phone', contactDetails: 'x' }))).toEqual([
        'contactPreference',
      ]);
    });
  });

  describe('unknown fields', () => {
    it('names each one', () => {
      expect(
        problemsOf(() =>
          checkGrievanceReport(
            { category: 'other', description: 'x', name: 'Ram', phone: '1' },
            TODAY,
          ),
        ),
      ).toEqual([
        { field: 'name', message: 'is not a field of this form' },
        { field: 'phone', message: 'is not a field of this form' },
      ]);
    });

    it('refuses attachments, whatever the value, and says why', () => {
      for (const attachments of [[], null, 'photo.jpg', [{ name: 'a.jpg' }]])
        expect(
          problemsOf(() =>
            checkGrievanceReport({ category: 'other', description: 'x', attachments }, TODAY),
          ),
        ).toEqual([{ field: 'attachments', message: ATTACHMENTS_REFUSED }]);
      expect(ATTACHMENTS_REFUSED).toBe(
        'attachments are not accepted: photos and documents can carry details that identify you',
      );
    });

    it('refuses any key outside the form', () => {
      const known = [
        'category',
        'description',
        'happenedOn',
        'workersAffected',
        'contactPreference',
        'contactDetails',
      ];
      fc.assert(
        fc.property(
          fc
            .string({ minLength: 1 })
            .filter((key) => !known.includes(key) && key !== 'attachments' && key !== '__proto__'),
          (key) => {
            expect(
              fieldsOf(() =>
                checkGrievanceReport({ category: 'other', description: 'x', [key]: 1 }, TODAY),
              ),
            ).toEqual([key]);
          },
        ),
      );
    });
  });
});

describe('report vocabularies', () => {
  it('have labels and guards', () => {
    expect(WORKERS_AFFECTED.map((term) => term.code)).toEqual([
      'just_me',
      'a_few',
      'many',
      'unknown',
    ]);
    expect(CONTACT_PREFERENCES.map((term) => term.code)).toEqual([
      'none',
      'check_replies_here',
      'contact_me',
    ]);
    expect(workersAffectedLabel('just_me')).toBe('Just me');
    expect(contactPreferenceLabel('none')).toBe('Do not contact me');
    expect(isWorkersAffected('many')).toBe(true);
    expect(isWorkersAffected(12)).toBe(false);
    expect(isContactPreference('contact_me')).toBe(true);
    expect(isContactPreference('CONTACT_ME')).toBe(false);
  });
});

describe('checkGrievanceMessage', () => {
  it('returns the trimmed text', () => {
    expect(checkGrievanceMessage({ text: '  धन्यवाद  ' })).toBe('धन्यवाद');
  });

  it('refuses empty, too long, non-text and unknown fields', () => {
    expect(problemsOf(() => checkGrievanceMessage({ text: ' ' }))).toEqual([
      { field: 'text', message: 'must not be empty' },
    ]);
    expect(fieldsOf(() => checkGrievanceMessage({ text: 'a'.repeat(5001) }))).toEqual(['text']);
    expect(checkGrievanceMessage({ text: 'a'.repeat(5000) })).toHaveLength(5000);
    expect(fieldsOf(() => checkGrievanceMessage({ text: 5 }))).toEqual(['text']);
    expect(fieldsOf(() => checkGrievanceMessage({}))).toEqual(['text']);
    expect(fieldsOf(() => checkGrievanceMessage('hello'))).toEqual(['message']);
    expect(fieldsOf(() => checkGrievanceMessage({ text: 'a', from: 'x' }))).toEqual(['from']);
    expect(problemsOf(() => checkGrievanceMessage({ text: 'a', attachments: [] }))).toEqual([
      { field: 'attachments', message: ATTACHMENTS_REFUSED },
    ]);
  });

  it('names the field in the message of the error', () => {
    expect(() => checkGrievanceMessage({ text: '' })).toThrow(
      'Invalid message: text must not be empty',
    );
  });
});

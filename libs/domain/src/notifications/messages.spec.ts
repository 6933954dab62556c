import { NOTIFICATION_KINDS, composeEmail, type MessageContext } from './messages';

const context: MessageContext = {
  recipientName: 'Nurul Huda',
  organisationName: 'Harbour Apparel Ltd',
  appUrl: 'https://fairchain.example',
  assignment: {
    id: '7f1c0c7e-0000-4000-8000-000000000001',
    campaignName: 'Tier 2 spring check',
    templateTitle: 'Supplier forced-labour self-assessment',
    dueOn: '2026-12-15',
  },
  audit: { id: 'a1', reference: 'AUD-2026-0001', siteName: 'Klang Valley Apparel' },
  statement: {
    companyId: 'c1',
    companyName: 'Harbour Apparel Ltd',
    yearEnd: '2026-03-31',
    dueOn: '2026-09-30',
  },
};

describe('composeEmail', () => {
  it.each(NOTIFICATION_KINDS)('writes a subject and a greeting for %s', (kind) => {
    const email = composeEmail(kind, context);
    expect(email.subject.length).toBeGreaterThan(10);
    expect(email.text).toMatch(/^Hello Nurul Huda,/);
    expect(email.text).toContain('Harbour Apparel Ltd');
  });

  it('names the company and the due date of a statement reminder, and needs them', () => {
    const email = composeEmail('statement.due_soon', context);
    expect(email.subject).toBe('Modern slavery statement of Harbour Apparel Ltd due on 2026-09-30');
    expect(email.text).toContain('financial year ending 2026-03-31');
    expect(email.text).toContain('https://fairchain.example/statements?companyId=c1');
    expect(() => composeEmail('statement.due_soon', { ...context, statement: undefined })).toThrow(
      /needs its statement/,
    );
  });

  it('says nothing of a grievance but that reports arrived', () => {
    const email = composeEmail('grievance.received', context);
    expect(email.text).not.toMatch(/GR-|passport|category/i);
    expect(email.text).toContain('https://fairchain.example/grievance-cases');
  });

  it('links a questionnaire email to its assignment and names the due date', () => {
    const email = composeEmail('questionnaire.overdue', context);
    expect(email.subject).toBe(
      'Overdue: Supplier forced-labour self-assessment was due on 2026-12-15',
    );
    expect(email.text).toContain(
      'https://fairchain.example/questionnaire-assignments/7f1c0c7e-0000-4000-8000-000000000001',
    );
  });

  it('refuses an unknown kind, and a questionnaire kind without its assignment', () => {
    expect(() => composeEmail('statement.published', context)).toThrow(/No email/);
    expect(() =>
      composeEmail('questionnaire.assigned', { ...context, assignment: undefined }),
    ).toThrow(/needs its questionnaire assignment/);
  });
});

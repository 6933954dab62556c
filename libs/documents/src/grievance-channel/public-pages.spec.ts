import { channelStrings } from './channel-strings';
import {
  CHANNEL_CATEGORIES,
  CHANNEL_CONTACT_PREFERENCES,
  CHANNEL_WORKERS_AFFECTED,
} from './channel-vocabulary';
import { escapeHtml } from './html';
import {
  renderFollowUpLoginPage,
  renderFollowUpPage,
  renderIntakePage,
  renderNotFoundPage,
  renderReceiptPage,
  renderTooManyAttemptsPage,
} from './public-pages';

const XSS = '<script>alert("x")</script>';
const BREAKOUT = '" autofocus onfocus="alert(1)';

const intake = (overrides: Partial<Parameters<typeof renderIntakePage>[0]> = {}) =>
  renderIntakePage({
    lang: 'en',
    languages: ['en', 'ne', 'bn'],
    code: 'K7Q4-9MZD',
    actionPath: '/g/K7Q4-9MZD',
    ...overrides,
  });

const thread = (overrides: Partial<Parameters<typeof renderFollowUpPage>[0]> = {}) =>
  renderFollowUpPage({
    lang: 'en',
    reference: 'GR-7K2M-4QXP',
    key: 'tq4v-8w2n-c6hd-3jrz',
    status: 'investigating',
    messages: [
      { from: 'reporter', text: 'The agent keeps our passports.', on: '2026-03-02' },
      { from: 'organisation', text: 'Thank you.\nWe are looking into it.', on: '2026-03-04' },
    ],
    addPath: '/g/K7Q4-9MZD/follow-up/messages',
    ...overrides,
  });

/** Every page, in a given language. */
const allPages = (lang: string): Record<string, string> => ({
  intake: intake({ lang }),
  receipt: renderReceiptPage({
    lang,
    reference: 'GR-7K2M-4QXP',
    followUpKey: 'tq4v-8w2n-c6hd-3jrz',
    followUpPath: '/g/K7Q4-9MZD/follow-up',
  }),
  login: renderFollowUpLoginPage({ lang, actionPath: '/g/K7Q4-9MZD/follow-up' }),
  followUp: thread({ lang }),
  notFound: renderNotFoundPage({ lang }),
  tooMany: renderTooManyAttemptsPage({ lang }),
});

/** Values of every occurrence of an attribute. */
const attributeValues = (page: string, attribute: string): string[] =>
  [...page.matchAll(new RegExp(`\\s${attribute}="([^"]*)"`, 'g'))].map((match) => match[1]);

const formFields = (form: string): string[] => [...new Set(attributeValues(form, 'name'))].sort();

const forms = (page: string): string[] => page.match(/<form[\s\S]*?<\/form>/g) ?? [];

describe('public grievance pages', () => {
  it('escapes reporters’ words, refilled values, references, keys and paths', () => {
    const pages = [
      intake({
        code: XSS,
        actionPath: `/g/${BREAKOUT}`,
        values: {
          description: `${XSS}</textarea><script>alert(2)</script>`,
          contactDetails: BREAKOUT,
          happenedOn: BREAKOUT,
          category: XSS,
        },
        errors: { description: XSS, [XSS]: XSS },
      }),
      renderReceiptPage({
        lang: 'ne',
        reference: XSS,
        followUpKey: BREAKOUT,
        followUpPath: `/g/${XSS}`,
      }),
      renderFollowUpLoginPage({ lang: 'bn', actionPath: BREAKOUT, error: XSS }),
      thread({
        reference: BREAKOUT,
        key: XSS,
        addPath: BREAKOUT,
        error: XSS,
        messages: [
          { from: 'reporter', text: `${XSS}\n<img src=x onerror=alert(3)>`, on: BREAKOUT },
          { from: 'organisation', text: '<b>bold?</b> & <a href="https://evil">link</a>', on: XSS },
        ],
      }),
      renderNotFoundPage({ lang: 'en', backPath: BREAKOUT }),
      renderTooManyAttemptsPage({ lang: 'en', backPath: XSS }),
    ];
    for (const page of pages) {
      expect(page).not.toMatch(/<script/i);
      expect(page).not.toMatch(/<img/i);
      expect(page).not.toMatch(/<b>|<a href="https:\/\/evil/);
      expect(page).not.toContain('" autofocus');
      expect(page).not.toMatch(/\son[a-z]+="/i);
      // The message survives, as text.
      expect(page).toMatch(/&lt;script&gt;|&quot; autofocus onfocus=&quot;/);
    }
    // A description cannot close its textarea early.
    expect(pages[0]).toContain('&lt;/textarea&gt;&lt;script&gt;alert(2)&lt;/script&gt;</textarea>');
    expect(pages[3]).toContain(
      '&lt;b&gt;bold?&lt;/b&gt; &amp; &lt;a href=&quot;https://evil&quot;',
    );
  });

  it('escapes the characters that matter in text and in attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>\``)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;&#96;',
    );
  });

  it('posts the intake form with exactly the agreed field names and values', () => {
    const page = intake();
    const [form] = forms(page);
    expect(forms(page)).toHaveLength(1);
    expect(form).toMatch(/<form\s+method="post"\s+action="\/g\/K7Q4-9MZD"/);
    expect(form).toContain('enctype="application/x-www-form-urlencoded"');
    expect(formFields(form)).toEqual(
      [
        'category',
        'description',
        'happenedOn',
        'workersAffected',
        'contactPreference',
        'contactDetails',
        'lang',
      ].sort(),
    );
    const valuesOf = (name: string) =>
      [...form.matchAll(new RegExp(`name="${name}"\\s+value="([^"]*)"`, 'g'))].map((m) => m[1]);
    expect(valuesOf('category')).toEqual([...CHANNEL_CATEGORIES]);
    expect(valuesOf('workersAffected')).toEqual([...CHANNEL_WORKERS_AFFECTED]);
    expect(valuesOf('contactPreference')).toEqual([...CHANNEL_CONTACT_PREFERENCES]);
    expect(form).toMatch(/<input\s+type="hidden"\s+name="lang"\s+value="en"/);
    expect(form).toMatch(/type="date"\s+id="happenedOn"\s+name="happenedOn"/);
    expect(form).toMatch(/<textarea[^>]*name="description"/);
    // Every field has a label.
    for (const id of ['description', 'happenedOn', 'contactDetails']) {
      expect(form).toContain(`<label class="label" for="${id}">`);
    }
    for (const id of attributeValues(form, 'id').filter((id) => /-\d+$/.test(id))) {
      expect(form).toContain(`for="${id}"`);
    }
    // Labels come from the strings; the anonymity promise and the lost-key warning are there.
    const strings = channelStrings('en');
    expect(page).toContain(escapeHtml(strings.categories.retention_of_documents));
    expect(page).toContain(escapeHtml(strings.safety.noAddress));
    expect(page).toContain(escapeHtml(strings.form.keyNote));
    expect(page).toContain(escapeHtml(strings.form.contactWarning));
    expect(page).toContain('href="/g/K7Q4-9MZD/follow-up?lang=en"');
    // The anonymous choice is made for the reporter until they pick another.
    expect(form).toMatch(/value="check_replies_here"\s+checked/);
  });

  it('refills the form and shows errors next to their fields after a failed post', () => {
    const page = intake({
      lang: 'ne',
      values: {
        category: 'debt_bondage',
        description: 'Line one\nLine two',
        happenedOn: '2026-02-14',
        workersAffected: 'many',
        contactPreference: 'none',
      },
      errors: { contactDetails: 'कृपया यो भर्नुहोस्।' },
    });
    expect(page).toMatch(/value="debt_bondage"\s+checked/);
    expect(page).toMatch(/value="many"\s+checked/);
    expect(page).toMatch(/value="none"\s+checked/);
    expect(page).not.toMatch(/value="check_replies_here"\s+checked/);
    expect(page).toContain('Line one\nLine two</textarea>');
    expect(page).toContain('value="2026-02-14"');
    expect(page).toContain('role="alert"');
    expect(page).toContain('<p class="error" id="contactDetails-error">कृपया यो भर्नुहोस्।</p>');
    expect(page).toMatch(/aria-invalid="true"[\s\S]*?contactDetails-error/);
    expect(page).toContain('href="#contactDetails"');
  });

  it('offers the channel’s languages as links, in its order, the current one marked', () => {
    const page = intake({ lang: 'bn', languages: ['bn', 'en'] });
    const links = [...page.matchAll(/href="(\?lang=[a-z]+)"/g)].map((match) => match[1]);
    expect(links).toEqual(['?lang=bn', '?lang=en']);
    expect(page).toMatch(/href="\?lang=bn"[^>]*aria-current="page"/);
    expect(page).not.toContain('?lang=ne');
    expect(intake({ languages: ['en'] })).not.toContain('href="?lang=');
  });

  it('sets <html lang> on every page, and falls back to English for an unknown language', () => {
    for (const lang of ['en', 'ne', 'bn']) {
      for (const [name, page] of Object.entries(allPages(lang))) {
        expect({ name, start: page.slice(0, 60) }).toEqual({
          name,
          start: expect.stringMatching(new RegExp(`^<!doctype html>\\s*<html lang="${lang}"`)),
        });
      }
    }
    for (const [name, page] of Object.entries(allPages('xx" onload="alert(1)'))) {
      expect({ name, lang: /<html lang="([^"]*)"/.exec(page)?.[1] }).toEqual({ name, lang: 'en' });
      expect(page).toContain(channelStrings('en').heading);
    }
    expect(allPages('ne').intake).toContain(channelStrings('ne').heading);
    expect(allPages('bn').notFound).toContain(channelStrings('bn').errors.notFound);
  });

  it('loads nothing from elsewhere and runs no script', () => {
    for (const page of Object.values(allPages('ne'))) {
      expect(page).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|url\(|@import|\son[a-z]+=/i);
      expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1"');
      expect(page).toContain('<meta charset="utf-8"');
      expect(page).toMatch(/Content-Security-Policy" content="default-src &#39;none&#39;/);
    }
  });

  it('shows the reference and key once, with the warnings, and links to the follow-up', () => {
    const strings = channelStrings('ne');
    const page = renderReceiptPage({
      lang: 'ne',
      reference: 'GR-7K2M-4QXP',
      followUpKey: 'tq4v-8w2n-c6hd-3jrz',
      followUpPath: '/g/K7Q4-9MZD/follow-up',
    });
    expect(page).toMatch(/class="secret"[^>]*>GR-7K2M-4QXP</);
    expect(page).toMatch(/class="secret"[^>]*>tq4v-8w2n-c6hd-3jrz</);
    for (const text of [strings.receipt.shownOnce, strings.receipt.lostKey]) {
      expect(page).toContain(text);
    }
    expect(page).toContain('href="/g/K7Q4-9MZD/follow-up?lang=ne"');
    expect(forms(page)).toHaveLength(0);
    // A path that already names the language is kept as given.
    expect(
      renderReceiptPage({
        lang: 'ne',
        reference: 'R',
        followUpKey: 'K',
        followUpPath: '/g/X/follow-up?lang=bn',
      }),
    ).toContain('href="/g/X/follow-up?lang=bn"');
  });

  it('asks for the reference and key by POST, never in the address', () => {
    const page = renderFollowUpLoginPage({
      lang: 'bn',
      actionPath: '/g/K7Q4-9MZD/follow-up',
      error: channelStrings('bn').errors.notFound,
    });
    const [form] = forms(page);
    expect(form).toMatch(/<form\s+method="post"\s+action="\/g\/K7Q4-9MZD\/follow-up"/);
    expect(formFields(form)).toEqual(['key', 'lang', 'reference']);
    expect(form).toContain('<label class="label" for="reference">');
    expect(form).toContain('<label class="label" for="key">');
    expect(page).toContain(channelStrings('bn').errors.notFound);
    expect(page).not.toMatch(/method="get"/i);
  });

  it('shows status words and messages as plain text, newlines kept, with a form to add more', () => {
    const strings = channelStrings('en');
    const page = thread();
    expect(page).toContain(`<strong>${strings.status.investigating}</strong>`);
    expect(page).toContain('Thank you.\nWe are looking into it.</p>');
    expect(page).toContain('white-space:pre-wrap');
    expect(page).toContain(strings.followUp.fromOrganisation);
    expect(page).toContain(strings.followUp.fromYou);
    expect(page).toContain('<time datetime="2026-03-04">2026-03-04</time>');
    const [form] = forms(page);
    expect(form).toMatch(/<form\s+method="post"\s+action="\/g\/K7Q4-9MZD\/follow-up\/messages"/);
    expect(formFields(form)).toEqual(['key', 'lang', 'reference', 'text']);
    expect(form).toMatch(/type="hidden"\s+name="reference"\s+value="GR-7K2M-4QXP"/);
    expect(form).toMatch(/type="hidden"\s+name="key"\s+value="tq4v-8w2n-c6hd-3jrz"/);
    expect(form).toContain('<label class="label" for="text">');

    const empty = thread({ lang: 'bn', status: 'received', messages: [] });
    expect(empty).toContain(channelStrings('bn').followUp.noMessages);
    expect(empty).toContain(channelStrings('bn').status.received);
    for (const status of ['acknowledged', 'outcome_recorded', 'closed'] as const) {
      expect(thread({ lang: 'ne', status })).toContain(channelStrings('ne').status[status]);
    }
  });

  it('says "not found" in one way for every cause, and "too many attempts" in the visitor’s language', () => {
    const notFound = renderNotFoundPage({ lang: 'ne' });
    expect(notFound).toContain(channelStrings('ne').errors.notFound);
    expect(renderNotFoundPage({ lang: 'ne' })).toBe(notFound);
    expect(notFound).not.toContain('href=');
    expect(renderNotFoundPage({ lang: 'ne', backPath: '/g/K7Q4-9MZD' })).toContain(
      'href="/g/K7Q4-9MZD?lang=ne"',
    );
    expect(renderTooManyAttemptsPage({ lang: 'bn' })).toContain(
      channelStrings('bn').errors.tooManyAttempts,
    );
  });
});

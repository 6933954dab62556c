import {
  channelStrings,
  CHANNEL_LANGUAGES,
  resolveChannelLanguage,
  type ChannelLanguage,
  type ChannelStrings,
} from './channel-strings';
import {
  CHANNEL_CATEGORIES,
  CHANNEL_CONTACT_PREFERENCES,
  CHANNEL_WORKERS_AFFECTED,
  type ChannelCaseStatus,
} from './channel-vocabulary';
import { html, SafeHtml, type HtmlValue } from './html';

/*
 * The pages a worker reaches from the poster's QR code, on a phone, without an account. Each
 * function returns a whole HTML document: no JavaScript, no external resource (fonts, images,
 * styles), CSS inline and small, forms posted as application/x-www-form-urlencoded. Every value
 * goes through escapeHtml (html.ts). An unknown language gives English.
 *
 * The server sending them should add `Cache-Control: no-store` (the receipt and follow-up pages
 * hold the case reference and key) and may send the same Content-Security-Policy as a header.
 */

export interface IntakePageInput {
  lang: string;
  /** The channel's languages, offered as links (`?lang=xx`) when there is more than one. */
  languages: readonly string[];
  /** The channel's code as printed on the poster (formatted), shown so workers know they are right. */
  code: string;
  /** Where the form posts; the follow-up page is `<actionPath>/follow-up`. */
  actionPath: string;
  /** Posted values, to refill the form after an error. */
  values?: Readonly<Record<string, string>>;
  /** Messages by field name (category, description, ...); other keys are listed at the top. */
  errors?: Readonly<Record<string, string>>;
}

export interface ReceiptPageInput {
  lang: string;
  reference: string;
  followUpKey: string;
  /** The follow-up page; `?lang=` is added unless the path already has one. */
  followUpPath: string;
}

export interface FollowUpLoginPageInput {
  lang: string;
  /** Where the form posts reference and key (a POST, so the key never appears in a URL). */
  actionPath: string;
  error?: string;
  /** The channel's languages, offered as links when there is more than one. */
  languages?: readonly string[];
}

export interface FollowUpMessage {
  from: 'organisation' | 'reporter';
  text: string;
  /** YYYY-MM-DD */
  on: string;
}

export interface FollowUpPageInput {
  lang: string;
  reference: string;
  /** Carried in a hidden field so that adding information needs no second login. */
  key: string;
  status: ChannelCaseStatus;
  messages: readonly FollowUpMessage[];
  /** Where the add-information form posts (reference, key, lang, text). */
  addPath: string;
  /** A message about the add-information form (for example: empty or too long). */
  error?: string;
}

export interface MessagePageInput {
  lang: string;
  /** Optional link back (to the form or the follow-up page). */
  backPath?: string;
}

const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; img-src 'none'";

const CSS = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:#fff;color:#1f1f1f;font:18px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Devanagari","Noto Sans Bengali",sans-serif}
main{max-width:40rem;margin:0 auto;padding:1rem 1rem 3rem}
h1{font-size:1.6rem;line-height:1.3;margin:.5rem 0 1rem}
h2{font-size:1.25rem;line-height:1.3;margin:2rem 0 .75rem}
a{color:#0b57d0}
a:focus,button:focus,input:focus,textarea:focus{outline:3px solid #f9a825;outline-offset:2px}
.langs{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;margin:0 0 1rem;padding:0}
.langs a{display:inline-flex;align-items:center;min-height:48px;padding:.25rem 1rem;border:2px solid #0b57d0;border-radius:.5rem;text-decoration:none;font-weight:700}
.langs a[aria-current]{background:#0b57d0;color:#fff}
.code{color:#595959;margin:0}
.box{background:#eef5ee;border-left:.4rem solid #1b5e20;padding:.75rem 1rem;margin:1rem 0}
.box ul{margin:.25rem 0;padding-left:1.25rem}
.warn{background:#fff3e0;border-left:.4rem solid #8a4b00;padding:.75rem 1rem;margin:.75rem 0}
.alert{background:#fbe9e7;border-left:.4rem solid #b3261e;padding:.75rem 1rem;margin:1rem 0}
.alert a{color:#b3261e;font-weight:700}
fieldset{border:0;margin:0 0 1.5rem;padding:0}
legend,.label{display:block;font-weight:700;margin-bottom:.25rem;padding:0}
.field{margin:0 0 1.5rem}
.hint{color:#595959;margin:0 0 .5rem}
.error{color:#b3261e;font-weight:700;margin:0 0 .5rem}
.choice{display:flex;align-items:flex-start;gap:.75rem;min-height:48px;margin:.5rem 0;padding:.65rem .75rem;border:2px solid #bdbdbd;border-radius:.5rem;cursor:pointer}
.choice input{flex:none;width:1.5rem;height:1.5rem;margin:.1rem 0 0}
input[type=text],input[type=date],textarea{display:block;width:100%;min-height:48px;padding:.6rem .75rem;border:2px solid #595959;border-radius:.5rem;font:inherit;background:#fff;color:inherit}
textarea{min-height:10rem;resize:vertical}
[aria-invalid=true]{border-color:#b3261e}
button{display:block;width:100%;min-height:56px;margin:1.5rem 0 1rem;padding:.75rem 1rem;border:0;border-radius:.5rem;background:#1b5e20;color:#fff;font:inherit;font-weight:700;cursor:pointer}
.secret{display:block;margin:.25rem 0 1rem;padding:.75rem;border:2px dashed #595959;border-radius:.5rem;background:#f5f5f5;font:700 1.5rem/1.3 ui-monospace,Menlo,Consolas,monospace;letter-spacing:.05em;overflow-wrap:anywhere;user-select:all}
.messages{list-style:none;margin:0;padding:0}
.messages li{margin:0 0 1rem;padding:.75rem 1rem;border-radius:.5rem;background:#f5f5f5}
.messages li.organisation{background:#eef5ee}
.messages h3{font-size:1rem;margin:0}
.messages time{color:#595959;font-size:.9rem}
.text{margin:.25rem 0 0;white-space:pre-wrap;overflow-wrap:anywhere}
.status{font-size:1.2rem}
`
  .trim()
  .replace(/\n/g, '');

/** A constant, inserted as it is: entities are not decoded inside <style>, so it is not escaped. */
const STYLE = new SafeHtml(CSS);

/** `path` with `?lang=` (or `&lang=`) added, unless it already says which language. */
function withLang(path: string, lang: string): string {
  if (/[?&]lang=/.test(path)) return path;
  return `${path}${path.includes('?') ? '&' : '?'}lang=${encodeURIComponent(lang)}`;
}

function page(language: ChannelLanguage, title: string, body: SafeHtml): string {
  const strings = channelStrings(language.code);
  return html`<!doctype html>
    <html lang="${language.code}" dir="ltr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <meta name="robots" content="noindex, nofollow" />
        <meta http-equiv="Content-Security-Policy" content="${CSP}" />
        <title>${title} – ${strings.heading}</title>
        <style>
          ${STYLE}
        </style>
      </head>
      <body>
        <main>${body}</main>
      </body>
    </html> `.value;
}

/** Links to the page in each of the channel's languages (nothing when it has only one). */
function languageLinks(current: ChannelLanguage, codes: readonly string[] = []): SafeHtml {
  const offered = CHANNEL_LANGUAGES.filter((language) => codes.includes(language.code)).sort(
    (a, b) => codes.indexOf(a.code) - codes.indexOf(b.code),
  );
  if (offered.length < 2) return html``;
  return html`<nav aria-label="${channelStrings(current.code).language.choose}">
    <ul class="langs">
      ${offered.map(
        (language) =>
          html`<li>
            <a
              href="${withLang('', language.code)}"
              hreflang="${language.code}"
              lang="${language.code}"
              ${language.code === current.code ? html` aria-current="page"` : ''}
              >${language.nativeName}</a
            >
          </li>`,
      )}
    </ul>
  </nav>`;
}

function safetyBox(strings: ChannelStrings): SafeHtml {
  const { safety } = strings;
  return html`<section class="box" aria-labelledby="safety-title">
    <h2 id="safety-title">${safety.title}</h2>
    <ul>
      <li>${safety.noName}</li>
      <li>${safety.noAddress}</li>
      <li>${safety.encrypted}</li>
    </ul>
    <p><strong>${safety.noRetaliation}</strong></p>
  </section>`;
}

/** `aria-describedby` ids for a field's hint and error, when it has them. */
function describedBy(...ids: (string | false | undefined)[]): SafeHtml {
  const present = ids.filter(Boolean);
  return present.length ? html` aria-describedby="${present.join(' ')}"` : html``;
}

function errorText(id: string, message: string | undefined): SafeHtml {
  return message ? html`<p class="error" id="${id}">${message}</p>` : html``;
}

function radios(
  name: string,
  options: readonly { value: string; label: string }[],
  checked: string | undefined,
  required: boolean,
): HtmlValue {
  return options.map(
    (option, index) =>
      html`<label class="choice" for="${name}-${index}"
        ><input
          type="radio"
          id="${name}-${index}"
          name="${name}"
          value="${option.value}"
          ${option.value === checked ? html` checked` : ''}${required ? html` required` : ''}
        /><span>${option.label}</span></label
      >`,
  );
}

/** The report form: what happened, when, how many workers, how to reply. */
export function renderIntakePage(input: IntakePageInput): string {
  const language = resolveChannelLanguage(input.lang);
  const strings = channelStrings(language.code);
  const { form } = strings;
  const values = input.values ?? {};
  const errors = input.errors ?? {};
  const error = (field: string): string | undefined => errors[field] || undefined;
  const invalid = (field: string): SafeHtml => (error(field) ? html` aria-invalid="true"` : html``);
  const contactPreference = values.contactPreference ?? 'check_replies_here';
  const errorEntries = Object.entries(errors).filter(([, message]) => message);
  const fieldAnchor: Record<string, string> = {
    category: 'category-0',
    workersAffected: 'workersAffected-0',
    contactPreference: 'contactPreference-0',
  };

  const body = html`${languageLinks(language, input.languages)}
    <h1>${strings.heading}</h1>
    <p class="code">${form.channelCode}: <strong>${input.code}</strong></p>
    <p>${strings.intro}</p>
    ${safetyBox(strings)}
    <h2>${form.title}</h2>
    ${
      errorEntries.length
        ? html`<div class="alert" role="alert">
            <p><strong>${form.errorSummary}</strong></p>
            <ul>
              ${errorEntries.map(
                ([field, message]) =>
                  html`<li><a href="#${fieldAnchor[field] ?? field}">${message}</a></li>`,
              )}
            </ul>
          </div>`
        : ''
    }
    <form
      method="post"
      action="${input.actionPath}"
      enctype="application/x-www-form-urlencoded"
      accept-charset="utf-8"
    >
      <input type="hidden" name="lang" value="${language.code}" />
      <fieldset
        id="category"
        ${describedBy('category-hint', error('category') && 'category-error')}
      >
        <legend>${form.category}</legend>
        <p class="hint" id="category-hint">${form.categoryHint}</p>
        ${errorText('category-error', error('category'))}
        ${radios(
          'category',
          CHANNEL_CATEGORIES.map((value) => ({ value, label: strings.categories[value] })),
          values.category,
          true,
        )}
      </fieldset>
      <div class="field">
        <label class="label" for="description">${form.description}</label>
        <p class="hint" id="description-hint">${form.descriptionHint}</p>
        ${errorText('description-error', error('description'))}
        <textarea
          id="description"
          name="description"
          rows="8"
          required${invalid('description')}${describedBy(
            'description-hint',
            error('description') && 'description-error',
          )}
        >
${values.description ?? ''}</textarea>
      </div>
      <div class="field">
        <label class="label" for="happenedOn">${form.happenedOn}</label>
        ${errorText('happenedOn-error', error('happenedOn'))}
        <input
          type="date"
          id="happenedOn"
          name="happenedOn"
          value="${values.happenedOn ?? ''}"
          ${invalid('happenedOn')}${describedBy(error('happenedOn') && 'happenedOn-error')}
        />
      </div>
      <fieldset
        id="workersAffected"
        ${describedBy(error('workersAffected') && 'workersAffected-error')}
      >
        <legend>${form.workersAffected}</legend>
        ${errorText('workersAffected-error', error('workersAffected'))}
        ${radios(
          'workersAffected',
          CHANNEL_WORKERS_AFFECTED.map((value) => ({
            value,
            label: form.workersAffectedOptions[value],
          })),
          values.workersAffected,
          false,
        )}
      </fieldset>
      <fieldset
        id="contactPreference"
        ${describedBy('contact-warning', error('contactPreference') && 'contactPreference-error')}
      >
        <legend>${form.contactPreference}</legend>
        ${errorText('contactPreference-error', error('contactPreference'))}
        ${radios(
          'contactPreference',
          CHANNEL_CONTACT_PREFERENCES.map((value) => ({
            value,
            label: form.contactPreferenceOptions[value],
          })),
          contactPreference,
          false,
        )}
        <p class="warn" id="contact-warning">${form.contactWarning}</p>
      </fieldset>
      <div class="field">
        <label class="label" for="contactDetails">${form.contactDetails}</label>
        <p class="hint" id="contactDetails-hint">${form.contactDetailsHint}</p>
        ${errorText('contactDetails-error', error('contactDetails'))}
        <input
          type="text"
          id="contactDetails"
          name="contactDetails"
          value="${values.contactDetails ?? ''}"
          autocomplete="off"
          ${invalid('contactDetails')}${describedBy(
            'contactDetails-hint',
            'contact-warning',
            error('contactDetails') && 'contactDetails-error',
          )}
        />
      </div>
      <p class="warn">${form.keyNote}</p>
      <button type="submit">${form.submit}</button>
    </form>
    <p>
      ${form.alreadyReported}
      <a href="${withLang(`${input.actionPath}/follow-up`, language.code)}">${form.followUpLink}</a>
    </p>`;
  return page(language, form.title, body);
}

/** After a report is filed: the reference and the key, shown this once. */
export function renderReceiptPage(input: ReceiptPageInput): string {
  const language = resolveChannelLanguage(input.lang);
  const { receipt } = channelStrings(language.code);
  const body = html`<h1>${receipt.title}</h1>
    <div class="alert" role="alert">
      <p><strong>${receipt.writeDown}</strong> ${receipt.shownOnce}</p>
    </div>
    <p class="label" id="reference-label">${receipt.reference}</p>
    <p class="secret" aria-labelledby="reference-label">${input.reference}</p>
    <p class="label" id="key-label">${receipt.key}</p>
    <p class="secret" aria-labelledby="key-label">${input.followUpKey}</p>
    <p><strong>${receipt.lostKey}</strong></p>
    <p>${receipt.keepSecret}</p>
    <p>${receipt.next}</p>
    <p><a href="${withLang(input.followUpPath, language.code)}">${receipt.followUpLink}</a></p>`;
  return page(language, receipt.title, body);
}

/** The follow-up page's door: reference and key, posted (never in the address). */
export function renderFollowUpLoginPage(input: FollowUpLoginPageInput): string {
  const language = resolveChannelLanguage(input.lang);
  const { followUp } = channelStrings(language.code);
  const invalid = input.error ? html` aria-invalid="true" aria-describedby="login-error"` : html``;
  const body = html`${languageLinks(language, input.languages)}
    <h1>${followUp.loginTitle}</h1>
    <p>${followUp.loginIntro}</p>
    ${input.error ? html`<div class="alert" role="alert" id="login-error"><p>${input.error}</p></div>` : ''}
    <form
      method="post"
      action="${input.actionPath}"
      enctype="application/x-www-form-urlencoded"
      accept-charset="utf-8"
      autocomplete="off"
    >
      <input type="hidden" name="lang" value="${language.code}" />
      <div class="field">
        <label class="label" for="reference">${followUp.reference}</label>
        <input
          type="text"
          id="reference"
          name="reference"
          required
          autocapitalize="characters"
          spellcheck="false"
          ${invalid}
        />
      </div>
      <div class="field">
        <label class="label" for="key">${followUp.key}</label>
        <input
          type="text"
          id="key"
          name="key"
          required
          autocapitalize="none"
          autocorrect="off"
          spellcheck="false"
          ${invalid}
        />
      </div>
      <button type="submit">${followUp.open}</button>
    </form>`;
  return page(language, followUp.loginTitle, body);
}

/** The case as the reporter sees it: status, messages, and a form to add information. */
export function renderFollowUpPage(input: FollowUpPageInput): string {
  const language = resolveChannelLanguage(input.lang);
  const strings = channelStrings(language.code);
  const { followUp } = strings;
  const status = strings.status[input.status] ?? input.status;
  const body = html`<h1>${followUp.title}</h1>
    <p>${followUp.reference}: <strong>${input.reference}</strong></p>
    <p class="status">${followUp.status}: <strong>${status}</strong></p>
    <h2>${followUp.messages}</h2>
    ${
      input.messages.length
        ? html`<ol class="messages">
            ${input.messages.map(
              (message) =>
                html`<li class="${message.from === 'organisation' ? 'organisation' : 'reporter'}">
                  <h3>
                    ${message.from === 'organisation' ? followUp.fromOrganisation : followUp.fromYou}
                  </h3>
                  <time datetime="${message.on}">${message.on}</time>
                  <p class="text">${message.text}</p>
                </li>`,
            )}
          </ol>`
        : html`<p>${followUp.noMessages}</p>`
    }
    <h2 id="add-title">${followUp.addTitle}</h2>
    ${input.error ? html`<div class="alert" role="alert" id="add-error"><p>${input.error}</p></div>` : ''}
    <form
      method="post"
      action="${input.addPath}"
      enctype="application/x-www-form-urlencoded"
      accept-charset="utf-8"
      aria-labelledby="add-title"
    >
      <input type="hidden" name="lang" value="${language.code}" />
      <input type="hidden" name="reference" value="${input.reference}" />
      <input type="hidden" name="key" value="${input.key}" />
      <div class="field">
        <label class="label" for="text">${followUp.addLabel}</label>
        <textarea
          id="text"
          name="text"
          rows="6"
          required${input.error ? html` aria-invalid="true" aria-describedby="add-error"` : ''}
        ></textarea>
      </div>
      <button type="submit">${followUp.addSubmit}</button>
    </form>`;
  return page(language, followUp.title, body);
}

function messagePage(input: MessagePageInput, title: string, message: string): string {
  const language = resolveChannelLanguage(input.lang);
  const { errors } = channelStrings(language.code);
  const body = html`<h1>${title}</h1>
    <p>${message}</p>
    ${input.backPath ? html`<p><a href="${withLang(input.backPath, language.code)}">${errors.tryAgain}</a></p>` : ''}`;
  return page(language, title, body);
}

/**
 * One page for an unknown code, a closed channel and a wrong reference or key alike, so that a
 * visitor cannot tell them apart (nor learn which codes or references exist).
 */
export function renderNotFoundPage(input: MessagePageInput): string {
  const { errors } = channelStrings(resolveChannelLanguage(input.lang).code);
  return messagePage(input, errors.notFoundTitle, errors.notFound);
}

export function renderTooManyAttemptsPage(input: MessagePageInput): string {
  const { errors } = channelStrings(resolveChannelLanguage(input.lang).code);
  return messagePage(input, errors.tooManyTitle, errors.tooManyAttempts);
}

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { channelStrings } from './channel-strings';
import { CHANNEL_CATEGORIES } from './channel-vocabulary';
import { renderGrievancePosterPdf, type GrievancePosterInput } from './render-grievance-poster';

// Read back with the Debian tools a reader's machine would have: poppler-utils (pdftotext,
// pdftoppm, pdfinfo, pdffonts), qpdf and zbar-tools (zbarimg). `npm test` installs them when
// missing (libs/devstack/bootstrap.js --test).
const bin = (name: string): string => `/usr/bin/${name}`;

/** Wrapped lines come out as newlines; compare words only. */
const words = (text: string): string => text.replace(/\s+/g, ' ').trim();

const INPUT: GrievancePosterInput = {
  organisationName: 'Northwind Apparel Ltd',
  siteName: 'Sinar Jaya Garments Sdn Bhd – Klang',
  publicUrl: 'https://fairchain.example/g/K7Q4-9MZD',
  code: 'K7Q4-9MZD',
  languages: ['en', 'ne', 'bn'],
};

describe('renderGrievancePosterPdf', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'grievance-poster-'));
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  async function render(input: GrievancePosterInput, name: string) {
    const file = join(dir, `${name}.pdf`);
    writeFileSync(file, await renderGrievancePosterPdf(input));
    // -raw: in the order the content was drawn, which is the reading order.
    const text = execFileSync(bin('pdftotext'), ['-raw', file, '-'], { encoding: 'utf8' });
    const pages = Number(
      execFileSync(bin('qpdf'), ['--show-npages', file], { encoding: 'utf8' }).trim(),
    );
    return { file, text, pages };
  }

  /** The QR codes zbarimg finds on a page rasterised at `dpi` (stderr ignored: it talks of D-Bus). */
  function decodeQr(file: string, page: number, dpi: number): string {
    const prefix = join(dir, `page-${page}-${dpi}`);
    execFileSync(bin('pdftoppm'), [
      '-r',
      String(dpi),
      '-png',
      '-singlefile',
      '-f',
      String(page),
      '-l',
      String(page),
      file,
      prefix,
    ]);
    const result = spawnSync(bin('zbarimg'), ['--quiet', '--raw', `${prefix}.png`], {
      encoding: 'utf8',
    });
    return result.stdout.trim();
  }

  it('has every language in logical order, a valid tagged A4 file, and a QR code of the address', async () => {
    const { file, text, pages } = await render(INPUT, 'en-ne-bn');
    const flat = words(text);

    for (const lang of INPUT.languages) {
      const strings = channelStrings(lang);
      expect(text).toContain(strings.heading);
      expect(text).toContain(strings.poster.scanOrType);
      for (const promise of [
        strings.safety.noName,
        strings.safety.noAddress,
        strings.safety.encrypted,
      ]) {
        expect(flat).toContain(words(promise));
      }
      expect(flat).toContain(words(strings.safety.noRetaliation));
      // Each category label is one list item: it can wrap, but its words come out in order.
      for (const category of CHANNEL_CATEGORIES) {
        expect(flat).toContain(words(strings.categories[category]));
      }
    }
    const lines = text.split('\n').map((line) => line.trim());
    expect(lines).toContain(INPUT.code);
    expect(lines).toContain(INPUT.publicUrl);
    expect(lines).toContain(INPUT.siteName);
    expect(lines).toContain(INPUT.organisationName);
    // The languages keep the order asked for.
    const at = (lang: string) => text.indexOf(channelStrings(lang).heading);
    expect(at('en')).toBeLessThan(at('ne'));
    expect(at('ne')).toBeLessThan(at('bn'));

    // Three languages take two pages: the second repeats the QR code, small.
    expect(pages).toBe(2);
    const check = spawnSync(bin('qpdf'), ['--check', file], { encoding: 'utf8' });
    expect({ status: check.status, output: check.stdout + check.stderr }).toMatchObject({
      status: 0,
    });
    const info = execFileSync(bin('pdfinfo'), [file], { encoding: 'utf8' });
    expect(info).toMatch(/^Title:\s+Speak up safely: Sinar Jaya Garments Sdn Bhd – Klang$/m);
    expect(info).toMatch(/^Author:\s+Northwind Apparel Ltd$/m);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Page size:\s+595\.2\d* x 841\.8\d* pts \(A4\)$/m);
    const fonts = execFileSync(bin('pdffonts'), [file], { encoding: 'utf8' });
    for (const font of ['NotoSans-Bold', 'NotoSansDevanagari', 'NotoSansBengali']) {
      expect(fonts).toContain(font);
    }
    expect(fonts).not.toMatch(/ no {2,}no {2,}/); // every font embedded

    expect(decodeQr(file, 1, 150)).toBe(INPUT.publicUrl);
    expect(decodeQr(file, 2, 150)).toBe(INPUT.publicUrl);
  }, 30_000);

  it('fits one or two languages on one page, in the order given', async () => {
    const { text, pages, file } = await render({ ...INPUT, languages: ['bn', 'en'] }, 'bn-en');
    expect(text.indexOf(channelStrings('bn').heading)).toBeLessThan(
      text.indexOf(channelStrings('en').heading),
    );
    expect(text).not.toContain(channelStrings('ne').heading);
    expect(pages).toBeLessThanOrEqual(2);
    expect((await render({ ...INPUT, languages: ['ne'] }, 'ne')).pages).toBe(1);
    expect(spawnSync(bin('qpdf'), ['--check', file]).status).toBe(0);
  }, 30_000);

  it('sets mixed-script names and a long address without losing a character', async () => {
    const input: GrievancePosterInput = {
      organisationName: 'Himal Trading – हिमाल ट्रेडिङ प्रा. लि.',
      siteName: 'Dhaka Knit (ঢাকা নিট) Unit 2',
      publicUrl: `https://grievances.northwind-apparel.example/g/K7Q4-9MZD?from=poster&site=${'x'.repeat(40)}`,
      code: 'K7Q4-9MZD',
      languages: ['ne'],
    };
    const { file, text } = await render(input, 'mixed');
    expect(text).toContain(input.organisationName);
    expect(text).toContain(input.siteName);
    expect(text.replace(/\s+/g, '')).toContain(input.publicUrl);
    expect(decodeQr(file, 1, 150)).toBe(input.publicUrl);
    expect(spawnSync(bin('qpdf'), ['--check', file]).status).toBe(0);
  }, 30_000);

  it('refuses an unknown language, a repeated one, none, or more than four', async () => {
    await expect(renderGrievancePosterPdf({ ...INPUT, languages: ['en', 'xx'] })).rejects.toThrow(
      /not a channel language: xx/,
    );
    await expect(renderGrievancePosterPdf({ ...INPUT, languages: ['ne', 'ne'] })).rejects.toThrow(
      /repeated/,
    );
    await expect(renderGrievancePosterPdf({ ...INPUT, languages: [] })).rejects.toThrow(/1 to 4/);
    await expect(
      renderGrievancePosterPdf({ ...INPUT, languages: ['en', 'ne', 'bn', 'en', 'ne'] }),
    ).rejects.toThrow(/1 to 4/);
    await expect(renderGrievancePosterPdf({ ...INPUT, publicUrl: ' ' })).rejects.toThrow(
      /publicUrl/,
    );
  });
});

import { ILO_INDICATORS } from '../../risk/indicators';
import { translatableTexts } from '../translations';
import { validateTemplateDefinition } from '../validate-template';
import { BUILT_IN_TEMPLATES, BUILT_IN_TRANSLATIONS, SUPPLIER_SELF_ASSESSMENT } from './index';

describe('built-in templates', () => {
  it.each(BUILT_IN_TEMPLATES.map((template) => [template.key, template]))(
    '%s passes the validator unchanged',
    (_key, template) => {
      expect(validateTemplateDefinition(template)).toEqual(template);
    },
  );

  it('the self-assessment evidences every one of the 11 ILO indicators with a positive weight', () => {
    const evidenced = new Set<string>();
    for (const question of SUPPLIER_SELF_ASSESSMENT.sections.flatMap(
      (section) => section.questions,
    ))
      for (const choice of [...(question.options ?? []), ...(question.riskBands ?? [])])
        if (choice.riskWeight > 0) choice.indicators.forEach((code) => evidenced.add(code));
    expect([...evidenced].sort()).toEqual(ILO_INDICATORS.map((indicator) => indicator.code).sort());
  });

  it('never weighs "don\'t know" as no risk', () => {
    for (const template of BUILT_IN_TEMPLATES)
      for (const question of template.sections.flatMap((section) => section.questions))
        for (const option of question.options ?? [])
          if (option.value === 'dont_know')
            expect({ question: question.id, positive: option.riskWeight > 0 }).toEqual({
              question: question.id,
              positive: true,
            });
  });

  it.each(
    BUILT_IN_TEMPLATES.flatMap((template) =>
      ['ms', 'vi'].map((locale) => [template.key, locale, template] as const),
    ),
  )('%s has every text in %s, and nothing else', (key, locale, template) => {
    const strings = BUILT_IN_TRANSLATIONS[key][locale];
    const keys = translatableTexts(template).map((text) => text.key);
    expect(Object.keys(strings).sort()).toEqual([...keys].sort());
    expect(Object.values(strings).filter((text) => text.trim() === '')).toEqual([]);
  });
});

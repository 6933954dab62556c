import type { IloIndicator } from '../../risk/indicators';
import type { OptionDefinition } from '../template-types';

/** Shorthands the built-in templates are written with (weights 0–10 and the indicators they evidence). */
export interface Risk {
  riskWeight: number;
  indicators: IloIndicator[];
}

export const NO_RISK: Risk = { riskWeight: 0, indicators: [] };

export const risk = (riskWeight: number, ...indicators: IloIndicator[]): Risk => ({
  riskWeight,
  indicators,
});

export const option = (value: string, label: string, weight: Risk = NO_RISK): OptionDefinition => ({
  value,
  label,
  riskWeight: weight.riskWeight,
  indicators: [...weight.indicators],
});

export const yesNo = (yes: Risk, no: Risk): OptionDefinition[] => [
  option('yes', 'Yes', yes),
  option('no', 'No', no),
];

/** "Don't know" is never weighted 0: unknown is never low. */
export const dontKnow = (weight: Risk): OptionDefinition =>
  option('dont_know', 'Don’t know', weight);

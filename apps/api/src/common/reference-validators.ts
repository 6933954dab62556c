import { isCountryCode, isCurrencyCode, isSectorCode, isSimpleLocale } from '@app/domain';
import { ValidateBy, ValidationOptions } from 'class-validator';

/** Validators over the reference data in libs/domain; the message says what a valid value is. */
export const IsCountryCode = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isCountryCode',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isCountryCode(value),
        defaultMessage: () => 'must be an ISO 3166-1 alpha-2 country code, e.g. VN or BD',
      },
    },
    options,
  );

export const IsCurrencyCode = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isCurrencyCode',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isCurrencyCode(value),
        defaultMessage: () => 'must be an ISO 4217 currency code, e.g. USD or VND',
      },
    },
    options,
  );

export const IsSectorCode = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isSectorCode',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isSectorCode(value),
        defaultMessage: () => 'must be a sector code from GET /reference/sectors',
      },
    },
    options,
  );

/** Money in minor units: a whole number (no "12.50", no floats), within JavaScript's safe range. */
export const IsMinorUnits = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isMinorUnits',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'number' && Number.isSafeInteger(value) && value >= 0,
        defaultMessage: () =>
          'must be a whole, non-negative number of minor units (cents), e.g. 125000 for 1,250.00',
      },
    },
    options,
  );

/** A language as the questionnaires store it (BCP 47, canonical case): "en", "ms", "pt-BR". */
export const IsLocale = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isLocale',
      validator: {
        validate: (value: unknown) => isSimpleLocale(value),
        defaultMessage: () => 'must be a language code such as "en", "ms" or "pt-BR"',
      },
    },
    options,
  );

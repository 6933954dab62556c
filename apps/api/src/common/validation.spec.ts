import { ValidationError } from 'class-validator';
import { flattenValidationErrors } from './validation';

describe('flattenValidationErrors', () => {
  it('names each field, nested ones by their path, without repeating the name in the message', () => {
    const nested = Object.assign(new ValidationError(), {
      property: 'currency',
      constraints: { isIn: 'currency must be an ISO 4217 code' },
      children: [],
    });
    const errors = [
      Object.assign(new ValidationError(), {
        property: 'email',
        constraints: { isEmail: 'must be a valid e-mail address' },
        children: [],
      }),
      Object.assign(new ValidationError(), {
        property: 'fee',
        constraints: {},
        children: [nested],
      }),
      Object.assign(new ValidationError(), {
        property: 'foo',
        constraints: { whitelistValidation: 'property foo should not exist' },
        children: [],
      }),
    ];
    expect(flattenValidationErrors(errors)).toEqual([
      { field: 'email', message: 'must be a valid e-mail address' },
      { field: 'fee.currency', message: 'must be an ISO 4217 code' },
      { field: 'foo', message: 'property foo should not exist' },
    ]);
  });
});

import type { FieldProblem } from '@app/domain';
import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

/** A 400 that names every offending field. */
export class ValidationProblem extends BadRequestException {
  constructor(readonly fields: FieldProblem[]) {
    super(`Invalid input: ${fields.map((problem) => problem.field).join(', ')}`);
  }
}

export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      // class-validator prefixes messages with the property name; the field is named separately.
      message: message.startsWith(`${error.property} `)
        ? message.slice(error.property.length + 1)
        : message,
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** Unknown fields are refused (not silently dropped), so a typo never goes unnoticed. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new ValidationProblem(flattenValidationErrors(errors)),
  });
}

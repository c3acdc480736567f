import { BadRequestException } from '@nestjs/common';

export interface InputError {
  location: string;
  message: string;
}

/** Raised by the validation pipe; the problem filter turns it into a 400 listing every invalid input. */
export class InvalidInputException extends BadRequestException {
  constructor(readonly errors: InputError[]) {
    super(errors.map((e) => `${e.location}: ${e.message}`).join('; '));
  }
}

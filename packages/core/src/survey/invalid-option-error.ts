/** Thrown when a caller passes an option that makes no sense (a programming or usage error, not bad data). */
export class InvalidOptionError extends Error {
  readonly code = 'INVALID_OPTION';
  readonly option: string;

  constructor(option: string, message: string) {
    super(`${option}: ${message}`);
    this.name = 'InvalidOptionError';
    this.option = option;
  }
}

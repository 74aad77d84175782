import { inspect } from 'node:util';

/**
 * A credential from the configuration (e.g. SYSTEM_KEY_PIN). It prints as
 * `[redacted]` through JSON, template strings and the logger, so logging the
 * configuration can never write it; `reveal()` is the one way to read it.
 */
export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return '[redacted]';
  }

  toJSON(): string {
    return '[redacted]';
  }

  [inspect.custom](): string {
    return 'Secret([redacted])';
  }
}

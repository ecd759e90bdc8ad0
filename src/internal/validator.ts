import type * as Validate from '../core/format/validate.js';

type ValidatorModule = typeof Validate;

let validator: Promise<ValidatorModule> | undefined;

/**
 * The validator is a lazy chunk of the CDN build. An exhibit requests it as soon as it starts reading a
 * document, so it downloads in parallel with the document instead of delaying the element's definition.
 */
export function loadValidator(): Promise<ValidatorModule> {
  validator ??= import('../core/format/validate.js');
  return validator;
}

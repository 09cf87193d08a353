import {
  FrameOutOfRangeError,
  ImageFileError,
  InvalidBindingsError,
  UnknownAspectError,
  UnknownTemplateError,
} from '@flatrender/templates';
import { usageError } from '../errors';
import { BindingInputError } from './parse-set';

const USER_INPUT_ERRORS = [BindingInputError, UnknownTemplateError, UnknownAspectError, InvalidBindingsError, ImageFileError, FrameOutOfRangeError];

/**
 * Errors caused by what the user typed become exit 2 with their one-line message; anything
 * else (a crashed browser, a broken bundle) propagates as a failure (exit 1).
 */
export function asUsageError(error: unknown): unknown {
  if (USER_INPUT_ERRORS.some((type) => error instanceof type)) return usageError((error as Error).message.split('\n')[0] ?? '');
  return error;
}

export async function withUsageErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asUsageError(error);
  }
}

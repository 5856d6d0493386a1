import { AuthenticationError, type CallTarget } from '../core/errors.ts';
import { unsafeCredential } from './header-value.ts';

/** Asks a token provider for the token of one request. */
export async function providedToken(
  provider: () => string | Promise<string>,
  optionName: string,
  target: CallTarget,
): Promise<string> {
  let token: unknown;
  try {
    token = await provider();
  } catch (error) {
    // Only the error's class name: a provider's message could quote the very secret it handles.
    const what = error instanceof Error ? `an exception (${error.name})` : 'a non-Error value';
    throw new AuthenticationError(target, `the ${optionName} provider threw ${what}`);
  }
  if (typeof token !== 'string' || token.trim() === '') {
    throw new AuthenticationError(
      target,
      `the ${optionName} provider returned no token (expected a non-empty string)`,
    );
  }
  const problem = unsafeCredential(token);
  if (problem)
    throw new AuthenticationError(target, `the ${optionName} provider's token ${problem}`);
  return token;
}

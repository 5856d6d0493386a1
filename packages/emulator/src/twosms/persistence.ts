import type { TwoSmsAccount, TwoSmsState } from './records.ts';
import type { TokenStore } from './tokens.ts';

/** The account as the state file holds it. */
export function saveAccount(account: TwoSmsAccount, tokens: TokenStore): TwoSmsState {
  return {
    credit: account.credit,
    tokens: tokens.toJSON(),
    messages: [...account.messages.values()],
  };
}

/** Replaces the account's state with a saved one (copies, so the saved object stays untouched). */
export function loadAccount(account: TwoSmsAccount, tokens: TokenStore, state: TwoSmsState): void {
  account.credit = state.credit;
  tokens.load(state.tokens ?? []);
  account.messages.clear();
  for (const message of state.messages ?? []) {
    account.messages.set(message.id, {
      ...message,
      recipients: message.recipients.map((r) => ({ ...r })),
      notices: [...message.notices],
    });
  }
}

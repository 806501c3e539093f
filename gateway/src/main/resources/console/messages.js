// The page's status line, which screen readers announce: what just happened, or why it did not.
import {ApiError, SessionEnded} from './api.js';

const status = document.getElementById('flash');

/** Shown in the page's status line, which screen readers announce. */
export function say(message, kind = 'info') {
  status.textContent = message ?? '';
  status.className = message ? kind : '';
}

/** What a failed call means to the person: the API's own words, or that the shop cannot be reached. */
export function failure(error) {
  if (error instanceof SessionEnded) return;
  if (error instanceof ApiError) {
    const fields = error.errors.map((e) => `${e.field}: ${e.message}`);
    say(fields.length ? `${error.message} (${fields.join('; ')})` : error.message, 'error');
  }
  else say('The shop cannot be reached just now. Try again in a moment.', 'error');
}

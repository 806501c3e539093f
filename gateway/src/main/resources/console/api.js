// The REST API at the gateway, and the signed-in session. The session lives in sessionStorage: it is this tab's
// only, and ends with it.

const SESSION = 'shop.session';
const FLASH = 'shop.flash';

export const session = {
  current() {
    const stored = sessionStorage.getItem(SESSION);
    return stored ? JSON.parse(stored) : null;
  },
  save(value) {
    sessionStorage.setItem(SESSION, JSON.stringify(value));
  },
  end() {
    sessionStorage.removeItem(SESSION);
  },
  signedIn() {
    return session.current() !== null;
  },
  has(role) {
    return session.current()?.user.roles.includes(role) ?? false;
  },
};

/** A message for the next page shown, such as why the login page came up. */
export const flash = {
  set(message) {
    sessionStorage.setItem(FLASH, message);
  },
  take() {
    const message = sessionStorage.getItem(FLASH);
    sessionStorage.removeItem(FLASH);
    return message;
  },
};

/** A refusal from the API: its problem document (code, detail, errors per field). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `The shop answered ${status}.`);
    this.status = status;
    this.code = problem?.code;
    this.errors = problem?.errors ?? [];
  }
}

/** Raised once the session could not be renewed; the page has moved to the login by then. */
export class SessionEnded extends Error {}

let renewing = null;

/** Calls the API; renews the access token when it is about to expire or was refused, once. */
export async function api(method, path, {body, headers = {}} = {}) {
  const response = await authorized(method, path, body, headers);
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') ?? '';
  const content = type.includes('json') ? await response.json() : null;
  if (!response.ok) throw new ApiError(response.status, content);
  return content;
}

/** Opens a stream of Server-Sent Events: the response once it answered 200, else an ApiError. */
export async function stream(path, signal) {
  const response = await authorized('GET', path, undefined,
      {Accept: 'text/event-stream, application/problem+json'}, signal);
  if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => null));
  return response;
}

async function authorized(method, path, body, headers, signal) {
  const signedIn = session.current();
  if (signedIn && signedIn.expiresAt - Date.now() < 30_000) await renew();
  let response = await send(method, path, body, headers, signal);
  if (response.status === 401 && signedIn) {
    await renew();
    response = await send(method, path, body, headers, signal);
    if (response.status === 401) sessionEnded();
  }
  return response;
}

function send(method, path, body, headers, signal) {
  const token = session.current()?.accessToken;
  return fetch(path, {
    method,
    signal,
    headers: {
      Accept: 'application/json',
      ...(body !== undefined ? {'Content-Type': 'application/json'} : {}),
      ...(token ? {Authorization: `Bearer ${token}`} : {}),
      ...headers,
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
}

/** One renewal at a time, however many calls found the token expired. */
function renew() {
  renewing ??= (async () => {
    const current = session.current();
    try {
      const tokens = await post('/api/auth/refresh', {refreshToken: current?.refreshToken}).catch((error) => {
        if (error.status === 400) return null; // not a refresh token this gateway could have issued
        throw error;
      });
      if (!tokens) sessionEnded();
      session.save({...current, ...fromTokens(tokens)});
    } finally {
      renewing = null;
    }
  })();
  return renewing;
}

function sessionEnded() {
  session.end();
  flash.set('Your session has ended. Please log in again.');
  location.hash = '#/login';
  throw new SessionEnded();
}

/** A call made without the session's token: sign-up, login, refresh. Null for a 401. */
async function post(path, body) {
  const response = await fetch(path, {
    method: 'POST',
    headers: {Accept: 'application/json', 'Content-Type': 'application/json'},
    body: JSON.stringify(body),
  });
  if (response.status === 401) return null;
  const content = response.status === 204 ? null : await response.json();
  if (!response.ok) throw new ApiError(response.status, content);
  return content;
}

const fromTokens = (tokens) => ({
  accessToken: tokens.accessToken,
  refreshToken: tokens.refreshToken,
  expiresAt: Date.now() + tokens.expiresIn * 1000,
});

export async function logIn(email, password) {
  const tokens = await post('/api/auth/login', {email, password});
  if (!tokens) throw new ApiError(401, {detail: 'The e-mail or the password is wrong.'});
  session.save({...fromTokens(tokens), user: null});
  const user = await api('GET', '/api/users/me');
  session.save({...session.current(), user});
  return user;
}

export const signUp = (name, email, password) => post('/api/auth/register', {name, email, password});

export async function logOut() {
  const current = session.current();
  session.end();
  if (current) await post('/api/auth/logout', {refreshToken: current.refreshToken}).catch(() => null);
}

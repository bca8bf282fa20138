// The hub's API as the workbench calls it: one bearer token per browser tab (sessionStorage), GraphQL at /graphql.
const TOKEN_KEY = 'tsunagu.token';

export class SignedOutError extends Error {}

export class GraphQLError extends Error {
  constructor(errors, data) {
    super(errors.map((e) => e.message).join('\n'));
    this.errors = errors;
    this.data = data;
  }

  /** The error classification the hub sets (FORBIDDEN, BAD_REQUEST, …) of the first error. */
  get classification() {
    const first = this.errors[0] || {};
    return (first.extensions && first.extensions.classification) || null;
  }
}

export function token() {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function signOut() {
  sessionStorage.removeItem(TOKEN_KEY);
}

/** POST /auth/token; resolves to nothing, or rejects with an Error whose `status` is the HTTP status. */
export async function signIn(username, password) {
  const response = await fetch('/auth/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok || !body.access_token) {
    const error = new Error(body.error_description || response.statusText);
    error.status = response.status;
    error.retryAfter = response.headers.get('retry-after');
    throw error;
  }
  sessionStorage.setItem(TOKEN_KEY, body.access_token);
}

/** Runs a query or mutation; resolves to its data, rejects with GraphQLError (errors) or SignedOutError (401). */
export async function gql(query, variables = {}) {
  const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
  const current = token();
  if (current) {
    headers.authorization = `Bearer ${current}`;
  }
  const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  if (response.status === 401) {
    signOut();
    throw new SignedOutError('signed out');
  }
  const body = await response.json().catch(() => null);
  if (!body) {
    throw new GraphQLError([{ message: `HTTP ${response.status}` }], null);
  }
  if (body.errors && body.errors.length) {
    throw new GraphQLError(body.errors, body.data);
  }
  return body.data;
}

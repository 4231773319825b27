// JSON calls to /app/api with the antiforgery token; failures become ApiError with the problem's stable code.
let csrf = '';

export function setCsrf(token) { csrf = token; }

export class ApiError extends Error {
  constructor(status, problem) {
    const code = status === 401 && problem?.code !== 'logon-failed' ? 'session' : problem?.code ?? (status === 429 ? 'rate-limited' : 'unknown');
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.status = status;
    this.code = code;
    this.field = problem?.field ?? '';
    this.detail = problem?.detail ?? '';
    this.reason = problem?.reason ?? '';
  }
}

export async function api(path, { method = 'GET', body } = {}) {
  const headers = { 'X-CSRF-TOKEN': csrf, Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch('/app/api' + path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });
  const type = response.headers.get('content-type') ?? '';
  const data = type.includes('json') ? await response.json() : null;
  if (!response.ok) {
    const error = new ApiError(response.status, data);
    if (response.status === 401 && path !== '/logon') window.dispatchEvent(new CustomEvent('inkan:session-ended'));
    throw error;
  }
  return data;
}

/** GET/POST against the query API; a problem+json answer becomes an Error with its detail. */
export async function api(path, init) {
  const res = await fetch(path, init);
  const body = await res.json().catch(() => null);
  if (!res.ok) {
    const detail = body?.detail ?? res.statusText;
    throw new Error(`${body?.title ?? 'Error'} (${res.status}): ${detail}`);
  }
  return body;
}

/** A query string from an object, leaving out empty values. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') search.set(k, String(v));
  const s = search.toString();
  return s ? `?${s}` : '';
}

/** The body of a response the bench expects to succeed; any other status stops the bench. */
export async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(`${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** A new organisation with its administrator, signed in over HTTP. */
export function signUpOverHttp(
  base: string,
  organisationName: string,
  email: string,
): Promise<{ accessToken: string; user: { organisationId: string } }> {
  return fetch(`${base}/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      organisationName,
      name: 'Bench Officer',
      email,
      password: 'correct horse battery staple',
    }),
  }).then((response) => json(response));
}

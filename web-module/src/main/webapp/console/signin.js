// The console's sign-in: OpenID Connect (authorization code with PKCE, a public client) against the provider the
// server names in settings.json, or the development sign-in of development and test servers. Tokens live in this
// tab's sessionStorage only (never localStorage, never a URL): the provider's code leaves the address bar as soon as
// the page reads it, and a sign-in this tab did not start is refused.

const ACCESS = "lifeline.console.token";
const REFRESH = "lifeline.console.refresh-token";
const ID = "lifeline.console.id-token";
const VIA = "lifeline.console.signed-in-with";
const PENDING = "lifeline.console.pending-sign-in";

let settingsLoad = null;

/** {identityProvider: {issuer, clientId, scope} | null, developmentSignIn}, from this server. */
export function settings() {
  settingsLoad ??= fetch("settings.json", { headers: { Accept: "application/json" } }).then(response => {
    if (!response.ok) throw new Error("the console's settings did not load (HTTP " + response.status + ")");
    return response.json();
  }).catch(failure => {
    settingsLoad = null;
    throw failure;
  });
  return settingsLoad;
}

export function token() {
  return sessionStorage.getItem(ACCESS);
}

function payload(jwt) {
  const part = jwt.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(part), c => c.charCodeAt(0))));
}

/** The signed-in token's claims (read for display and navigation only: the API checks the token). */
export function claims() {
  return token() ? payload(token()) : {};
}

export function forget() {
  for (const key of [ACCESS, REFRESH, ID, VIA]) sessionStorage.removeItem(key);
}

export function keepDevelopmentToken(accessToken) {
  forget();
  sessionStorage.setItem(ACCESS, accessToken);
  sessionStorage.setItem(VIA, "development");
}

const discoveries = new Map();

async function discovery(issuer) {
  if (!discoveries.has(issuer)) {
    const load = (async () => {
      const response = await fetch(issuer.replace(/\/+$/, "") + "/.well-known/openid-configuration",
        { headers: { Accept: "application/json" } });
      if (!response.ok) throw new Error("the identity provider's discovery metadata did not load (HTTP " + response.status + ")");
      const metadata = await response.json();
      if (metadata.issuer !== issuer) throw new Error("the identity provider names another issuer: " + metadata.issuer);
      return metadata;
    })();
    discoveries.set(issuer, load);
    load.catch(() => discoveries.delete(issuer));
  }
  return discoveries.get(issuer);
}

function base64Url(bytes) {
  let text = "";
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function randomText() {
  return base64Url(crypto.getRandomValues(new Uint8Array(32)));
}

function redirectUri() {
  return location.origin + location.pathname;
}

/** Sends the browser to the provider's login page; it comes back to this page with a code. */
export async function signInWithProvider(provider) {
  const metadata = await discovery(provider.issuer);
  const verifier = randomText();
  const state = randomText();
  const nonce = randomText();
  const challenge = base64Url(new Uint8Array(
    await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier))));
  sessionStorage.setItem(PENDING, JSON.stringify({ state, verifier, nonce, hash: location.hash }));
  const url = new URL(metadata.authorization_endpoint);
  const query = {
    response_type: "code", client_id: provider.clientId, redirect_uri: redirectUri(), scope: provider.scope,
    state, nonce, code_challenge: challenge, code_challenge_method: "S256",
  };
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  location.assign(url.href);
}

async function tokenRequest(metadata, form) {
  const response = await fetch(metadata.token_endpoint, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
    body: new URLSearchParams(form),
  });
  let answer = {};
  try { answer = await response.json(); } catch (ignored) { /* not JSON */ }
  if (!response.ok || !answer.access_token) {
    throw new Error("the identity provider gave no token: " + (answer.error_description || answer.error || "HTTP " + response.status));
  }
  return answer;
}

function keep(answer) {
  const idToken = answer.id_token || sessionStorage.getItem(ID);
  forget();
  sessionStorage.setItem(ACCESS, answer.access_token);
  if (answer.refresh_token) sessionStorage.setItem(REFRESH, answer.refresh_token);
  if (idToken) sessionStorage.setItem(ID, idToken);
  sessionStorage.setItem(VIA, "provider");
}

/**
 * When the provider sent the browser back here (?code=&state=, or ?error=), trades the code for tokens; false when
 * this page load is not such a return.
 */
export async function completeProviderSignIn(provider) {
  const params = new URLSearchParams(location.search);
  if (!params.has("code") && !params.has("error")) return false;
  const pending = JSON.parse(sessionStorage.getItem(PENDING) || "null");
  sessionStorage.removeItem(PENDING);
  history.replaceState(null, "", location.pathname + (pending && pending.hash ? pending.hash : ""));
  if (params.has("error")) {
    throw new Error("the identity provider did not sign you in: " + (params.get("error_description") || params.get("error")));
  }
  if (!pending || params.get("state") !== pending.state) {
    throw new Error("this sign-in was not started from this tab: sign in again");
  }
  if (params.has("iss") && params.get("iss") !== provider.issuer) {
    throw new Error("the sign-in came back from another issuer than this server's provider");
  }
  const metadata = await discovery(provider.issuer);
  const answer = await tokenRequest(metadata, {
    grant_type: "authorization_code", code: params.get("code"), redirect_uri: redirectUri(),
    client_id: provider.clientId, code_verifier: pending.verifier,
  });
  if (answer.id_token && payload(answer.id_token).nonce !== pending.nonce) {
    throw new Error("the identity provider's answer does not belong to this sign-in");
  }
  keep(answer);
  return true;
}

let renewal = null;

/** The token to call the API with: a provider's token about to expire is first renewed with its refresh token. */
export async function currentToken() {
  const access = token();
  if (!access || sessionStorage.getItem(VIA) !== "provider" || !sessionStorage.getItem(REFRESH)) return access;
  const expires = payload(access).exp;
  if (!expires || expires * 1000 - Date.now() > 30_000) return access;
  renewal ??= (async () => {
    try {
      const provider = (await settings()).identityProvider;
      const metadata = await discovery(provider.issuer);
      keep(await tokenRequest(metadata, {
        grant_type: "refresh_token", refresh_token: sessionStorage.getItem(REFRESH), client_id: provider.clientId,
      }));
    } catch (ended) {
      forget(); // the provider's session ended: the console asks to sign in again
    } finally {
      renewal = null;
    }
  })();
  await renewal;
  return token();
}

/** Forgets the tokens; after a provider sign-in, also ends the provider's session (the browser goes there and back). */
export async function signOut() {
  const via = sessionStorage.getItem(VIA);
  const idToken = sessionStorage.getItem(ID);
  forget();
  if (via !== "provider") return false;
  const provider = (await settings()).identityProvider;
  const metadata = provider ? await discovery(provider.issuer).catch(() => null) : null;
  if (!metadata || !metadata.end_session_endpoint) return false;
  const url = new URL(metadata.end_session_endpoint);
  url.searchParams.set("client_id", provider.clientId);
  url.searchParams.set("post_logout_redirect_uri", redirectUri());
  if (idToken) url.searchParams.set("id_token_hint", idToken);
  location.assign(url.href);
  return true;
}

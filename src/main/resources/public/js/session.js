// Who is signed in (GET /api/me), once per token: a member or viewer acts as its own person; an admin acts as the
// person chosen on the page, and says so to the introduction routes with X-Acting-As, so that it sees what that
// person sees (a decline as "closed" to its requester) instead of everything.
import { getJson, token } from "./api.js";

let cached = { token: null, me: null };

/** {person, role, admin}: person is null for an admin without one. */
export async function account() {
  const current = token.get();
  if (cached.token !== current || !cached.me) {
    const me = await getJson("/api/me");
    cached = { token: current, me: { person: me.person ?? null, role: me.role, admin: me.role === "admin" } };
  }
  return cached.me;
}

export function forget() {
  cached = { token: null, me: null };
}

/** The headers that make a request speak as `person`: none for an account that is that person already. */
export function actingAs(me, person) {
  return me.admin && person ? { "X-Acting-As": person } : {};
}

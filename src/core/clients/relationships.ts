import { normalizeLabel } from "./labels";
import { ROLES, type ContactRecord, type Role, type Scope } from "./types";

/** How well an account's people chain is covered. */
export interface Coverage {
  /** Roles held by at least one known contact, in ROLES order. */
  readonly found: readonly Role[];
  /** Roles nobody holds yet, in ROLES order. */
  readonly missing: readonly Role[];
  /** A power holder is known and the seller is actually in touch with them. */
  readonly powerReached: boolean;
  /** At least one contact is an ally (同盟): gives information, introduces, backs our proposal. */
  readonly allyPresent: boolean;
  /** Contacts the seller is in touch with (see isReached). */
  readonly reached: number;
  readonly scope: Scope;
}

/** The roles nobody in `roles` holds, in ROLES order. */
export function missingRoles(roles: Iterable<Role>): Role[] {
  const held = new Set(roles);
  return ROLES.filter((r) => !held.has(r));
}

/**
 * A contact the seller is in touch with: any contact depth but "none"; when the depth
 * is not recorded, a recorded relationship level shows there is one.
 */
export function isReached(c: ContactRecord): boolean {
  return c.depth !== undefined ? c.depth !== "none" : c.level !== undefined;
}

/**
 * How wide the relationship is (seed 001): with one person (individual); with several
 * people (department); across two or more departments with the power holder reached
 * (company: the two organisations deal with each other, not two people). Without a
 * department column, several people count as one department, since that is all the
 * list shows.
 */
export function relationshipScope(contacts: readonly ContactRecord[]): Scope {
  const reached = contacts.filter(isReached);
  if (reached.length <= 1) return "individual";
  const departments = new Set(
    reached.map((c) => normalizeLabel(c.department ?? "")).filter((d) => d !== "")
  );
  const powerReached = reached.some((c) => c.roles.includes("power"));
  return departments.size >= 2 && powerReached ? "company" : "department";
}

export function coverage(contacts: readonly ContactRecord[]): Coverage {
  const found = ROLES.filter((r) => contacts.some((c) => c.roles.includes(r)));
  const reached = contacts.filter(isReached);
  return {
    found,
    missing: missingRoles(found),
    powerReached: reached.some((c) => c.roles.includes("power")),
    allyPresent: contacts.some((c) => c.level === "ally"),
    reached: reached.length,
    scope: relationshipScope(contacts),
  };
}

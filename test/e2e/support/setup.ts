/**
 * A browser test loads pages and waits for them; Jest's 5 s default is too short for a
 * first page on a busy 2-core machine, and a minute is a clear failure, not a hang.
 */
jest.setTimeout(60_000);

/**
 * A recommended answer per objection kind (docs/objections.md): answer the
 * real question behind the words. The texts live in the message table.
 */
import { fail, ok, type Result } from "../issues";
import { isObjectionKey, OBJECTIONS, type ObjectionKey } from "./types";

/**
 * Message key of the recommended answer to an objection kind.
 * @example objectionReply("price") //=> ok("deals.reply.price")
 */
export function objectionReply(kind: ObjectionKey): Result<string> {
  if (!isObjectionKey(kind))
    return fail("deals.objection.unknown", { value: String(kind), choices: OBJECTIONS.join(", ") });
  return ok(`deals.reply.${kind}`);
}

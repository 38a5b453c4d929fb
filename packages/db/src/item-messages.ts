/**
 * The messages between a team and the referrer about one item (item_messages): the team's question
 * and the referrer's answer. Shared by the triage store and the LADO store, whose items both take
 * questions. Neither checks the item's service here: their services reach an item's messages only
 * after loading the item itself through their own store.
 */
import { eq } from "drizzle-orm";
import type { Db } from "./connection.ts";
import { itemMessages } from "./schema.ts";
import type { ItemMessage } from "./triage-types.ts";

export function createMessageRepository(db: Db) {
  return {
    insertMessage(message: ItemMessage): void {
      db.insert(itemMessages).values(message).run();
    },

    /** An item's messages, oldest first. */
    messagesFor(itemId: string): ItemMessage[] {
      return db
        .select()
        .from(itemMessages)
        .where(eq(itemMessages.itemId, itemId))
        .orderBy(itemMessages.createdAt, itemMessages.id)
        .all() as ItemMessage[];
    },
  };
}

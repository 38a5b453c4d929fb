import { eq } from "drizzle-orm";
import type { Db } from "./connection.ts";
import { intakeItems, itemSubjects } from "./schema.ts";
import type { SubjectIndexRow } from "./triage-types.ts";

type ItemRow = typeof intakeItems.$inferInsert;

/** What a copy always takes from the item it copies: what the referral said and who it is about. */
type Copied =
  | "draftId"
  | "formId"
  | "formVersion"
  | "answers"
  | "subjects"
  | "subjectName"
  | "subjectDateOfBirth"
  | "subjectPostcode";

/** What a copy takes from the item it copies unless told otherwise: where it came from and who sent it. */
type Inherited = "portal" | "referrer";

/**
 * Inserts a new item made from `fromItemId` (a step-down, or a cross-link between the MASH and the
 * LADO): its form, answers and subject people (with their matching keys) are copied; `columns` give
 * the new item's own. Only an item of a service `copies` accepts is copied. `also` is a person the
 * copy is about besides (the adult an allegation sent to the LADO is against), added after the copied
 * people in both the subjects and their index, so the two stay in step. Call it inside the caller's
 * transaction.
 */
export function insertItemCopy(
  db: Db,
  fromItemId: string,
  copies: (service: string) => boolean,
  columns: Omit<ItemRow, Copied | Inherited> & Partial<Pick<ItemRow, Inherited>>,
  also: SubjectIndexRow | null = null,
): void {
  const from = db.select().from(intakeItems).where(eq(intakeItems.id, fromItemId)).get();
  if (!from || !copies(from.service)) throw new Error(`No intake item ${fromItemId} to copy`);
  const extra = also && {
    name: also.name,
    ...(also.role ? { role: also.role } : {}),
    ...(also.dateOfBirth ? { dateOfBirth: also.dateOfBirth } : {}),
  };
  db.insert(intakeItems)
    .values({
      portal: from.portal,
      referrer: from.referrer,
      ...columns,
      draftId: null,
      formId: from.formId,
      formVersion: from.formVersion,
      answers: from.answers,
      subjects: extra ? [...from.subjects, extra] : from.subjects,
      subjectName: from.subjectName,
      subjectDateOfBirth: from.subjectDateOfBirth,
      subjectPostcode: from.subjectPostcode,
    })
    .run();
  db.$client
    .prepare(
      `INSERT INTO item_subjects (item_id, position, name, role, normal_name, given_key, family_key, date_of_birth, postcode)
       SELECT ?, position, name, role, normal_name, given_key, family_key, date_of_birth, postcode
       FROM item_subjects WHERE item_id = ?`,
    )
    .run(columns.id, fromItemId);
  if (!also) return;
  const next = db.$client
    .prepare("SELECT coalesce(max(position) + 1, 0) AS n FROM item_subjects WHERE item_id = ?")
    .get(columns.id) as { n: number };
  db.insert(itemSubjects)
    .values({ ...also, itemId: columns.id, position: next.n })
    .run();
}

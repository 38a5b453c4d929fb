import { Details, Table } from "@portal/govuk-react";
import { escapeHtml } from "@portal/web";
import type { Refusal } from "@portal/web/casework/command-forms.ts";
import { formState } from "@portal/web/casework/form-state.ts";
import { hiddenHtml, tagHtml } from "../table-cells.ts";
import type { TagView, VisitSlotView, WeekDayView } from "./views.ts";
import { VisitForm } from "./visit-form.tsx";

/** Secondary words under a tag or in the source column. */
const SMALL = "govuk-!-display-block govuk-!-font-size-16 govuk-!-margin-top-1";

/**
 * One order's week, Monday to Sunday: each day's planned and recorded visits in one table, a row a
 * visit, with what happened and what it is paid; under the table, a form to record or correct each
 * visit that is due (closed unless it has just been refused).
 */
export function WeekCalendar({
  days,
  action,
  canRecord,
  refusal,
}: {
  days: readonly WeekDayView[];
  action: string;
  canRecord: boolean;
  refusal: Refusal | undefined;
}) {
  return (
    <>
      {days.map((day) => (
        <section key={day.date} aria-labelledby={day.anchor} className="govuk-!-margin-bottom-6">
          <h2 className="govuk-heading-m" id={day.anchor}>
            {day.heading}
          </h2>
          {day.slots.length === 0 ? (
            <p className="govuk-body">Nothing planned</p>
          ) : (
            <>
              <DayTable day={day} />
              {canRecord && day.slots.some((slot) => slot.due) && (
                <div className="govuk-grid-row">
                  <div className="govuk-grid-column-two-thirds">
                    {day.slots
                      .filter((slot) => slot.due)
                      .map((slot) => (
                        <SlotForm key={slot.intent} slot={slot} action={action} refusal={refusal} />
                      ))}
                  </div>
                </div>
              )}
            </>
          )}
        </section>
      ))}
    </>
  );
}

function DayTable({ day }: { day: WeekDayView }) {
  return (
    <Table
      attributes={{ "data-testid": `visits-${day.date}` }}
      classes="govuk-!-margin-bottom-4"
      caption={`Visits on ${day.heading}`}
      captionClasses="govuk-visually-hidden"
      firstCellIsHeader
      head={["Planned", "What happened", "Started", "Lasted", "Carers", "Pay", "Source"].map((text) => ({
        text,
      }))}
      rows={day.slots.map(slotCells)}
    />
  );
}

/** A tag with smaller words under it; `hidden` joins them for screen readers. */
const tagWithNote = (tag: TagView, hidden: string, note: string | null) =>
  tagHtml(tag) + (note ? `<span class="${SMALL}">${hiddenHtml(hidden)}${escapeHtml(note)}</span>` : "");

function slotCells(slot: VisitSlotView) {
  const seen = slot.recorded;
  return [
    { text: slot.plannedText },
    seen
      ? { html: tagWithNote(seen.status, "Reason: ", seen.reason) }
      : slot.due
        ? { html: tagHtml({ text: "Not recorded", classes: "govuk-tag--grey" }) }
        : { text: "Not due yet" },
    { text: seen?.started },
    { text: seen?.lasted },
    { text: seen?.carers },
    { html: seen ? tagWithNote(seen.pay, ": ", seen.payNote) : undefined },
    { html: seen ? `<span class="govuk-!-font-size-16">${escapeHtml(seen.source)}</span>` : undefined },
  ];
}

function SlotForm({
  slot,
  action,
  refusal,
}: {
  slot: VisitSlotView;
  action: string;
  refusal: Refusal | undefined;
}) {
  const state = formState(refusal, slot.intent);
  return (
    <Details
      id={`${slot.intent}-details`}
      summaryText={slot.recorded ? `Correct the ${slot.time} visit` : `Record the ${slot.time} visit`}
      open={state.errors.length > 0}
      classes="govuk-!-margin-bottom-2"
    >
      <VisitForm
        key={JSON.stringify(slot.values)}
        action={action}
        intent={slot.intent}
        values={slot.values}
        state={state}
        button={slot.recorded ? "Save the correction" : "Record this visit"}
      />
    </Details>
  );
}

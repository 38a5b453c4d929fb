/** The shapes the actuals pages render: plain strings made on the server. */

export interface TagView {
  text: string;
  classes: string;
}

/** What a calendar form shows before anything is posted. */
export interface VisitFormValues {
  start: string;
  minutes: string;
  carers: string;
  status: string;
  reason: string;
}

/** What was recorded for a visit, as the cells of its row. */
export interface RecordedView {
  status: TagView;
  /** Why it was not completed, when the carer gave a reason. */
  reason: string | null;
  started: string;
  lasted: string;
  carers: string;
  pay: TagView;
  /** What the pay explanation says beyond the tag and the row, or null when it says nothing more. */
  payNote: string | null;
  source: string;
}

export interface VisitSlotView {
  /** The form's intent, which starts each of its field ids. */
  intent: string;
  time: string;
  /** "08:00, 45 minutes, 1 carer", or "Not planned". */
  plannedText: string;
  planned: boolean;
  /** False for a planned call still to come: it cannot be recorded yet. */
  due: boolean;
  recorded: RecordedView | null;
  values: VisitFormValues;
}

export interface WeekDayView {
  date: string;
  anchor: string;
  heading: string;
  slots: VisitSlotView[];
}

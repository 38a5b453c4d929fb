/** Who would fill each portal's forms in the journeys; null means someone who does not sign in. */
export const FORM_PERSONAS: Record<string, string | null> = {
  "early-help-family": "parent@example.org",
  "report-a-concern": null,
  "adult-care-needs-request": null,
  "carer-support": "parent@example.org",
  "child-safeguarding-referral": "gp@health.example.org",
  "early-help-professional": "dsl@school.example.org",
  "adult-safeguarding-concern": "gp@health.example.org",
  "adult-care-needs-referral": "gp@health.example.org",
  "police-notification": "officer@police.example.org",
  "fostering-enquiry": "dsl@school.example.org",
  "information-request": "officer@police.example.org",
  "lado-referral": "dsl@school.example.org",
};

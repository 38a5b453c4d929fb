/**
 * The three Care Act s42(1) conditions as the decide form offers and posts them: the page shows
 * these, and the action reads the same values.
 */
export const S42_CONDITIONS = [
  { value: "care-and-support-needs", text: "The adult has needs for care and support" },
  { value: "abuse-or-neglect", text: "They are experiencing, or at risk of, abuse or neglect" },
  {
    value: "unable-to-protect-self",
    text: "Because of those needs, they cannot protect themselves from the abuse or neglect",
  },
] as const;

export type S42Condition = (typeof S42_CONDITIONS)[number]["value"];

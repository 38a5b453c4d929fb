import { redirect } from "react-router";

/** The hub's work starts at the queue. */
export function loader() {
  return redirect("/queue");
}

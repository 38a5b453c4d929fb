/** Whole minutes as hours and minutes: "2 hours 15 minutes", "45 minutes", "1 hour". */
export function durationText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [
    hours > 0 ? `${hours} ${hours === 1 ? "hour" : "hours"}` : "",
    rest > 0 || hours === 0 ? `${rest} ${rest === 1 ? "minute" : "minutes"}` : "",
  ].filter((part) => part !== "");
  return parts.join(" ");
}

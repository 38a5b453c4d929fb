import { Fragment } from "react";

/** Plain-text answer lines, one per line; React escapes them, so typed HTML shows as text. */
export function Lines({ lines }: { lines: readonly string[] }) {
  const split = lines.flatMap((line) => line.split(/\r\n?|\n/));
  return (
    <>
      {split.map((line, index) => (
        <Fragment key={index}>
          {index > 0 && <br />}
          {line}
        </Fragment>
      ))}
    </>
  );
}

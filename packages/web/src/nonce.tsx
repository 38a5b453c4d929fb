import { createContext, type ReactNode, useContext } from "react";

const NonceContext = createContext("");

/** Carries the per-request CSP nonce from entry.server to the <Scripts> of the root layout. */
export function NonceProvider({ nonce, children }: { nonce: string; children: ReactNode }) {
  return <NonceContext.Provider value={nonce}>{children}</NonceContext.Provider>;
}

export function useNonce(): string {
  return useContext(NonceContext);
}

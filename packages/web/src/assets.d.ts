// Vite turns `?url` imports of stylesheets into the built file's address.
declare module "*?url" {
  const href: string;
  export default href;
}

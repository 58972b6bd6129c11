// Ambient types for data packages that ship none.
declare module 'disposable-email-domains' {
  const domains: string[];
  export default domains;
}

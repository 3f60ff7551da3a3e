// What esbuild (build.mjs) provides that TypeScript cannot see: the stylesheets it bundles and the shipped examples.
declare module '*.css';

declare module 'virtual:examples' {
  /** An example as the pickers offer it: file name, title, its leading comment and the parsed document. */
  interface Example { id: string; title: string; comment: string; doc: any }
  const examples: { sessions: Example[]; programs: Example[] };
  export default examples;
}

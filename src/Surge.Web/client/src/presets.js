// The shipped examples (examples/*.yaml), read at build time by build.mjs into the bundle as plain objects.
import examples from 'virtual:examples';

/** Session examples that the editor can hold: [{id, title, comment, doc}]. */
export const sessionPresets = () => examples.sessions;

/** Program examples: [{id, title, comment, doc}]. */
export const programPresets = () => examples.programs;

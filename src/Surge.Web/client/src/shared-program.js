// The program being edited on the Program page, for the Trial page's arms (null until the Program page was opened).
let edited = null;

/** Called by the Program page after every change: the program file document and its name. */
export function setEditedProgram(doc, name) {
  edited = { doc, name: name || 'Program editor' };
}

/** {doc, name} of the Program page's program, or null. */
export const editedProgram = () => edited;

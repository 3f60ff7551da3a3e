// The sessions being edited on the Session page, for the Trial page's arms (empty until the Session page was opened).
let edited = [];

/** Called by the Session page after every change: each session's file document and name (one, or two when comparing). */
export function setEditedSessions(list) {
  edited = list.map(({ doc, name }, k) => ({ doc, name: name || `Session ${k + 1}` }));
}

/** [{doc, name}] of the Session page's sessions (none before it was opened). */
export const editedSessions = () => edited;

// Newline-delimited JSON (application/x-ndjson), as a power search streams its progress: no DOM, so the tests import it.

/** The media type a page names in Accept to follow a power search as it runs. */
export const NDJSON = 'application/x-ndjson';

/**
 * Splits a text arriving in chunks into lines: `push(chunk)` returns the lines completed by it (blank ones left out),
 * `end()` what is left after the last newline.
 */
export function lineSplitter() {
  let rest = '';
  return {
    push(chunk) {
      rest += chunk;
      const parts = rest.split('\n');
      rest = parts.pop();
      return parts.filter((line) => line.trim() !== '');
    },
    end() {
      const line = rest.trim();
      rest = '';
      return line ? [line] : [];
    },
  };
}

/**
 * Reads a power search's stream: every `{"progress": …}` line goes to `onProgress`, and the answer is the
 * `{"result": …}` line's; a `{"problem": …}` line (the search stopped after the answer began) is thrown by `toError`.
 * `chunks` is an async iterable of text (a response body through a TextDecoderStream).
 */
export async function readProgressStream(chunks, { onProgress, toError }) {
  const lines = lineSplitter();
  let result;
  const take = (line) => {
    const message = JSON.parse(line);
    if (message.progress) onProgress?.(message.progress);
    else if (message.problem) throw toError(message.problem);
    else if (message.result !== undefined) result = message.result;
  };
  for await (const chunk of chunks) lines.push(chunk).forEach(take);
  lines.end().forEach(take);
  if (result === undefined) throw toError({ title: 'No answer from the server', detail: 'the answer ended before its result' });
  return result;
}

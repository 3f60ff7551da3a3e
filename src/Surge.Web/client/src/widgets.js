// Labelled form controls: every input has a <label for>, numbers pair with a slider where a teacher would drag.
import { h, uid } from './dom.js';

/**
 * A number input and a slider bound to one value. `get()`/`set(v)` read and write the state; `optional` allows an
 * empty input (set(null): the model's default). Returns {el, refresh()}.
 * @param {Record<string, any>} options
 */
export function numberSlider({ label, unit, min, max, step = 1, sliderMin = min, sliderMax = max, sliderStep = step, get, set, onChange,
  optional = false, placeholder, testid, sliderTestid, field, hint }) {
  const id = uid('n');
  const sliderId = `${id}-slider`;
  const number = h('input', {
    id, type: 'number', min, max, step, inputmode: 'decimal', placeholder,
    'data-testid': testid, 'data-field': field, 'aria-describedby': hint ? `${id}-hint` : null,
  });
  const slider = h('input', {
    id: sliderId, type: 'range', min: sliderMin, max: sliderMax, step: sliderStep,
    'data-testid': sliderTestid, 'aria-label': `${label}${unit ? ` (${unit})` : ''} slider`,
  });
  const refresh = () => {
    const v = get();
    number.value = v == null ? '' : String(v);
    slider.value = String(v == null ? sliderMin : Math.min(sliderMax, Math.max(sliderMin, v)));
    slider.classList.toggle('unset', v == null);
  };
  number.addEventListener('input', () => {
    if (number.value === '') {
      if (!optional) return;
      set(null);
    } else {
      const v = Number(number.value);
      if (!Number.isFinite(v)) return;
      set(v);
      slider.value = String(Math.min(sliderMax, Math.max(sliderMin, v)));
      slider.classList.remove('unset');
    }
    onChange?.();
  });
  number.addEventListener('change', () => {
    if (number.value === '' && !optional) refresh();
  });
  slider.addEventListener('input', () => {
    const v = Number(slider.value);
    set(v);
    number.value = String(v);
    slider.classList.remove('unset');
    onChange?.();
  });
  refresh();
  const el = h('div', { class: 'field numslider' },
    h('label', { for: id }, label, unit ? h('span', { class: 'unit' }, ` (${unit})`) : null),
    h('div', { class: 'numslider-controls' }, number, slider),
    hint ? h('div', { class: 'hint', id: `${id}-hint` }, hint) : null);
  return { el, refresh, number, slider };
}

/**
 * A plain number input.
 * @param {Record<string, any>} options
 */
export function numberField({ label, unit, min, max, step = 1, get, set, onChange, optional = false, placeholder, testid, field, hint }) {
  const id = uid('n');
  const input = h('input', {
    id, type: 'number', min, max, step, placeholder, inputmode: 'decimal',
    'data-testid': testid, 'data-field': field, 'aria-describedby': hint ? `${id}-hint` : null,
  });
  const refresh = () => {
    const v = get();
    input.value = v == null ? '' : String(v);
  };
  input.addEventListener('input', () => {
    if (input.value === '') {
      if (!optional) return;
      set(null);
    } else {
      const v = Number(input.value);
      if (!Number.isFinite(v)) return;
      set(v);
    }
    onChange?.();
  });
  input.addEventListener('change', () => {
    if (input.value === '' && !optional) refresh();
  });
  refresh();
  const el = h('div', { class: 'field' },
    h('label', { for: id }, label, unit ? h('span', { class: 'unit' }, ` (${unit})`) : null),
    input,
    hint ? h('div', { class: 'hint', id: `${id}-hint` }, hint) : null);
  return { el, refresh, input };
}

/**
 * A select of [value, text] options.
 * @param {Record<string, any>} options
 */
export function selectField({ label, options, get, set, onChange, testid, field }) {
  const id = uid('s');
  const select = h('select', { id, 'data-testid': testid, 'data-field': field },
    options.map(([value, text]) => h('option', { value }, text)));
  const refresh = () => {
    select.value = String(get());
  };
  select.addEventListener('change', () => {
    set(select.value);
    onChange?.();
  });
  refresh();
  const el = h('div', { class: 'field' }, h('label', { for: id }, label), select);
  return { el, refresh, select };
}

/**
 * A text (or time) input.
 * @param {Record<string, any>} options
 */
export function textField({ label, type = 'text', get, set, onChange, placeholder, testid, field, pattern, title, hint, size }) {
  const id = uid('t');
  const input = h('input', {
    id, type, placeholder, pattern, title, size, 'data-testid': testid, 'data-field': field, 'aria-describedby': hint ? `${id}-hint` : null,
  });
  const refresh = () => {
    input.value = get() ?? '';
  };
  input.addEventListener('input', () => {
    if (type === 'time' && input.value === '') return;
    set(input.value);
    onChange?.();
  });
  refresh();
  const el = h('div', { class: 'field' }, h('label', { for: id }, label), input,
    hint ? h('div', { class: 'hint', id: `${id}-hint` }, hint) : null);
  return { el, refresh, input };
}

/** Clock time "HH:MM" <-> minutes since midnight. */
export const timeToMinutes = (t) => {
  const m = String(t ?? '').match(/^(\d{1,2}):(\d{2})/);
  return m ? Number(m[1]) * 60 + Number(m[2]) : 17 * 60;
};
export const minutesToTime = (min) => {
  const m = ((Math.round(min) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

/**
 * A time of day as a time input plus a slider over the day (15-minute steps).
 * @param {Record<string, any>} options
 */
export function timeOfDay({ label, get, set, onChange, testid, sliderTestid, field }) {
  const id = uid('time');
  const input = h('input', { id, type: 'time', step: 60, 'data-testid': testid, 'data-field': field });
  const slider = h('input', { type: 'range', min: 0, max: 1425, step: 15, 'aria-label': `${label} slider`, 'data-testid': sliderTestid });
  const refresh = () => {
    input.value = get();
    slider.value = String(timeToMinutes(get()));
  };
  input.addEventListener('input', () => {
    if (!/^\d{2}:\d{2}$/.test(input.value)) return;
    set(input.value);
    slider.value = String(timeToMinutes(input.value));
    onChange?.();
  });
  slider.addEventListener('input', () => {
    const t = minutesToTime(Number(slider.value));
    set(t);
    input.value = t;
    onChange?.();
  });
  refresh();
  const el = h('div', { class: 'field numslider' }, h('label', { for: id }, label),
    h('div', { class: 'numslider-controls' }, input, slider));
  return { el, refresh };
}

/**
 * Marks the inputs whose data-field matches as invalid (aria-invalid) and puts `message` right under the first
 * one's field; clears earlier marks and messages in root. Returns the first marked element.
 */
export function markInvalid(root, fields, message) {
  for (const el of root.querySelectorAll('[aria-invalid="true"]')) el.removeAttribute('aria-invalid');
  for (const el of root.querySelectorAll('.inline-error')) el.remove();
  let first = null;
  for (const f of fields) {
    for (const el of root.querySelectorAll(`[data-field="${CSS.escape(f)}"]`)) {
      el.setAttribute('aria-invalid', 'true');
      first ??= el;
    }
  }
  if (first && message) {
    const id = `${first.id || 'f'}-error`;
    const note = document.createElement('div');
    note.className = 'inline-error';
    note.id = id;
    note.dataset.testid = 'field-error';
    note.textContent = message;
    const anchor = first.closest('.field') ?? first.closest('.row-head') ?? first;
    anchor.after(note);
    first.setAttribute('aria-errormessage', id);
  }
  return first;
}

/**
 * A danger button asking before it acts: `label` opens the question (`question`: its text and elements, ending in a
 * space) with `confirm` and Cancel; confirming disables the button and runs onConfirm(), onError(error, box) when it
 * throws. data-testids: testid, testid-confirm, testid-cancel. Returns {open, box}.
 */
export function confirmAction({ testid, label, question, confirm, onConfirm, onError }) {
  const box = h('span', { class: 'confirm', hidden: true }, question,
    h('button', { type: 'button', class: 'danger', 'data-testid': `${testid}-confirm`, onclick: async (ev) => {
      ev.currentTarget.disabled = true;
      try {
        await onConfirm();
      } catch (e) {
        onError(e, box);
      }
    } }, confirm),
    ' ',
    h('button', { type: 'button', 'data-testid': `${testid}-cancel`, onclick: () => { box.hidden = true; } }, 'Cancel'));
  const open = h('button', { type: 'button', class: 'danger-outline', 'data-testid': testid, onclick: () => {
    box.hidden = false;
    box.querySelector('button')?.focus();
  } }, label);
  return { open, box };
}

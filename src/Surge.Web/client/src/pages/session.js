// Session page: build a workout, watch five hormone/lactate curves move; compare two sessions; download.
import { h, replace, unitLabel, download, slug, quantity, pageHead, toolbarGroup } from '../dom.js';
import { fmt, fmtPct, fmtFold, count } from '../format.js';

// Growth hormone and lactate rise many-fold: "× 121" reads better than "+12022 %".
const FOLD_CHANGE = new Set(['growth_hormone', 'lactate']);
import { call, problemBox, ProblemError, plainDetail, retryWhenRateLimited } from '../api.js';
import { limits, measures, sessionDocument, sessionFromDocument, locateField, clone, restoreSession } from '../model.js';
import { debounce, latestWins } from '../debounce.js';
import { LinkedTimeCharts, PALETTE, seriesColor } from '../charts.js';
import { athletePanel, exerciseRows, exercisePicker } from '../editors.js';
import { numberSlider, numberField, textField, timeOfDay, markInvalid } from '../widgets.js';
import { loadCatalogue } from '../catalogue.js';
import { sessionPresets } from '../presets.js';
import { readLink, trackState } from '../page-state.js';
import { setEditedSessions } from '../shared-session.js';

const DEFAULT_PRESET = 'leg-day';
const COMPARISON_PRESET = 'arm-day';

export function sessionPage() {
  const presets = sessionPresets();
  const shownMeasures = measures();
  const fromPreset = (id, name) => {
    const preset = presets.find((p) => p.id === id) ?? presets[0];
    const { state, notes } = sessionFromDocument(clone(preset.doc), name ?? preset.title);
    return { state, notes };
  };

  // The link's state (#/session?s=…) when it holds one, else the leg day.
  const linked = fromLink(readLink('s'));
  let presetId = linked?.preset ?? DEFAULT_PRESET;
  const sessions = linked?.sessions ?? [fromPreset(DEFAULT_PRESET).state];
  let active = 0;
  function fromLink(value) {
    if (value?.v !== 1 || !Array.isArray(value.sessions) || value.sessions.length < 1 || value.sessions.length > 2) return null;
    const list = value.sessions.map(restoreSession);
    if (list.some((x) => x === null)) return null;
    return { sessions: list, preset: presets.some((p) => p.id === value.preset) ? value.preset : DEFAULT_PRESET };
  }
  let lastRuns = null;

  // ------------------------------------------------------------ layout
  const root = h('section', { class: 'page session-page', 'data-testid': 'session-page', 'data-state': 'busy', 'aria-labelledby': 'session-h' });
  const problemSlot = h('div', { class: 'problem-slot', 'aria-live': 'assertive' });
  const notesSlot = h('div', { class: 'notes-slot', 'aria-live': 'polite' });
  const tabs = h('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Sessions', hidden: true });
  const editorSlot = h('div', { class: 'editor-slot' });
  const legend = h('div', { class: 'legend', 'data-testid': 'legend' });
  const status = h('span', { class: 'status', role: 'status', 'data-testid': 'sim-status' }, 'simulating…');
  const summary = h('div', { class: 'summary', 'data-testid': 'summary' });
  const chartsEl = h('div', { class: 'charts', 'data-testid': 'charts', 'data-series': '0' });
  const warnings = h('div', { class: 'warnings', 'data-testid': 'warnings' });
  const charts = new LinkedTimeCharts(chartsEl, shownMeasures, { syncKey: 'surge-session', height: 170 });

  const presetSelect = h('select', { id: 'session-preset', 'data-testid': 'preset-select' },
    h('option', { value: '' }, 'Start from an example…'),
    presets.map((p) => h('option', { value: p.id, title: p.comment }, p.title)));
  presetSelect.addEventListener('change', () => {
    if (!presetSelect.value) return;
    const { state, notes } = fromPreset(presetSelect.value);
    sessions[active] = state;
    if (active === 0) presetId = presetSelect.value;
    presetSelect.value = '';
    showNotes(notes, `Loaded the example “${state.name}”.`);
    rebuildEditors();
    changed();
  });

  const comparisonSelect = h('select', { id: 'comparison-source', 'data-testid': 'comparison-source' },
    h('option', { value: 'copy' }, 'a copy of this session'),
    presets.map((p) => h('option', { value: p.id, selected: p.id === COMPARISON_PRESET }, p.title)));
  const addComparison = h('button', { type: 'button', class: 'primary', 'data-testid': 'add-comparison', onclick: () => {
    if (sessions.length > 1) return;
    const source = comparisonSelect.value;
    const second = source === 'copy'
      ? { ...clone(sessions[0]), name: `${sessions[0].name} (copy)` }
      : fromPreset(source).state;
    sessions.push(second);
    active = 1;
    rebuildEditors();
    changed();
  } }, 'Add comparison');
  const removeComparison = h('button', { type: 'button', 'data-testid': 'remove-comparison', hidden: true, onclick: () => {
    sessions.splice(1);
    active = 0;
    rebuildEditors();
    changed();
  } }, 'Remove comparison');
  const comparisonBox = h('div', { class: 'toolbar-group' },
    h('label', { for: 'comparison-source' }, 'Compare with'), comparisonSelect, addComparison, removeComparison);

  const fileInput = h('input', { id: 'session-open', type: 'file', accept: '.yaml,.yml,.json,application/json,application/yaml', class: 'visually-hidden', tabindex: '-1', 'data-testid': 'open-file' });
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    try {
      const { parseDocument } = await import('../yaml-out.js');
      const doc = parseDocument(await file.text());
      const { state, notes } = sessionFromDocument(doc, file.name.replace(/\.(ya?ml|json)$/i, ''));
      sessions[active] = state;
      showNotes(notes, `Opened ${file.name}.`);
      rebuildEditors();
      changed();
    } catch (e) {
      replace(problemSlot, problemBox(new ProblemError(0, { title: 'Could not read the file', detail: String(e.message ?? e) })));
    }
    fileInput.value = '';
  });

  const downloads = h('div', { class: 'toolbar-group downloads' },
    h('span', { class: 'toolbar-label', id: 'dl-label' }, 'Download'),
    h('button', { type: 'button', 'data-testid': 'download-yaml', 'aria-describedby': 'dl-label', onclick: downloadYaml }, 'YAML'),
    h('button', { type: 'button', 'data-testid': 'download-csv', 'aria-describedby': 'dl-label', onclick: () => downloadRendered('csv') }, 'CSV'),
    h('button', { type: 'button', 'data-testid': 'download-png', 'aria-describedby': 'dl-label', onclick: () => downloadRendered('png') }, 'PNG'),
    h('label', { for: 'session-open', class: 'button-like', tabindex: '0', role: 'button', onkeydown: (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); fileInput.click(); } } }, 'Open file…'),
    fileInput);

  const tracker = trackState({
    route: 'session', key: 's', root, testid: 'session',
    snapshot: () => ({ v: 1, preset: presetId, sessions }),
    restore: (value) => {
      const state = fromLink(value);
      if (!state) return false;
      sessions.splice(0, sessions.length, ...state.sessions);
      presetId = state.preset;
      active = Math.min(active, sessions.length - 1);
      rebuildEditors();
      changed();
      return true;
    },
    reset: () => {
      const { state, notes } = fromPreset(presetId);
      sessions.splice(0, sessions.length, state);
      active = 0;
      showNotes(notes, `Back to the example “${state.name}” (Undo brings your changes back).`);
      rebuildEditors();
      changed();
    },
  });

  root.append(
    pageHead('session', 'Session', 'Build a workout and watch testosterone, growth hormone, cortisol and lactate answer it. Every change re-simulates.'),
    h('div', { class: 'toolbar' },
      toolbarGroup('session-preset', 'Example', presetSelect),
      tracker.el, comparisonBox, downloads),
    h('div', { class: 'layout' },
      h('div', { class: 'editor-col' }, tabs, notesSlot, editorSlot),
      h('div', { class: 'results-col' },
        h('div', { class: 'results-head' }, legend, status),
        problemSlot,
        summary, chartsEl,
        h('p', { class: 'charts-caption' }, 'x: minutes since the first set; shaded: sets; dashed: the same day without the session (circadian rhythm). Drag across a chart to zoom, double-click to reset.'),
        warnings)));

  // ------------------------------------------------------------ editors (one per session; the inactive one hidden)
  let editors = [];
  function buildEditor(k) {
    const tp = k === 0 ? '' : `s${k + 1}-`;
    const s = () => sessions[k];
    const name = textField({ label: 'Name', get: () => s().name, set: (v) => { s().name = v; }, onChange: () => { renderTabs(); changed(); }, testid: `${tp}session-name` });
    const athlete = athletePanel({ getAthlete: () => s().athlete, onChange: changed, tp });
    const start = timeOfDay({ label: 'Start (time of day)', get: () => s().time, set: (v) => { s().time = v; }, onChange: changed, testid: `${tp}start-time`, sliderTestid: `${tp}start-slider`, field: 'start' });
    const record = numberSlider({
      label: 'Follow for', unit: 'min after the last set', min: 10, max: limits().record_until_min.max, step: 5, sliderMin: 30, sliderMax: 480, sliderStep: 5,
      get: () => s().record_until, set: (v) => { s().record_until = v; }, onChange: changed, testid: `${tp}record-until`, sliderTestid: `${tp}record-slider`, field: 'record_until',
    });
    const transition = numberField({
      label: 'Between exercises', unit: 's', min: 0, max: 3600, step: 5, optional: true, placeholder: 'the rest',
      get: () => s().transition, set: (v) => { s().transition = v; }, onChange: changed, testid: `${tp}transition`, field: 'transition',
      hint: 'empty: the last set’s rest',
    });
    const rows = exerciseRows({ getRows: () => s().exercises, onChange: changed, tp });
    const picker = exercisePicker({ onPick: (nameOf) => rows.add(nameOf), tp });
    const el = h('div', { class: 'editor', id: `session-editor-${k}`, role: k === 0 && sessions.length === 1 ? null : 'tabpanel', 'aria-labelledby': sessions.length > 1 ? `session-tab-${k}` : null, 'data-testid': `editor-${k + 1}` },
      h('div', { class: 'panel name-panel' }, name.el),
      athlete.el,
      h('fieldset', { class: 'panel timing' }, h('legend', null, 'When'), h('div', { class: 'grid2' }, start.el, transition.el), record.el),
      h('fieldset', { class: 'panel exercises' }, h('legend', null, 'Exercises'), rows.el, picker.el));
    return { el, rows };
  }

  function rebuildEditors() {
    editors = sessions.map((_, k) => buildEditor(k));
    replace(editorSlot, editors.map((e) => e.el));
    renderTabs();
    addComparison.hidden = sessions.length > 1;
    comparisonSelect.disabled = sessions.length > 1;
    removeComparison.hidden = sessions.length < 2;
  }

  function renderTabs() {
    tabs.hidden = sessions.length < 2;
    replace(tabs, sessions.map((s, k) => h('button', {
      type: 'button', role: 'tab', id: `session-tab-${k}`, 'aria-selected': String(k === active), 'aria-controls': `session-editor-${k}`,
      tabindex: k === active ? '0' : '-1', 'data-testid': `session-tab-${k + 1}`,
      onclick: () => { active = k; renderTabs(); },
      onkeydown: (e) => {
        if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
          active = (active + 1) % sessions.length;
          renderTabs();
          tabs.children[active]?.focus();
        }
      },
    }, h('span', { class: 'swatch', style: `background:${seriesColor(k)}` }), s.name || `Session ${k + 1}`)));
    editors.forEach((e, k) => { e.el.hidden = k !== active; });
  }

  function showNotes(notes, headline) {
    replace(notesSlot, headline || notes.length
      ? h('div', { class: 'note' }, headline, notes.length ? h('ul', null, notes.map((n) => h('li', null, n))) : null)
      : null);
  }

  // ------------------------------------------------------------ simulate (debounced, latest wins)
  const simulate = latestWins(async (signal) => {
    const snapshot = clone(sessions);
    const docs = snapshot.map(sessionDocument);
    const started = performance.now();
    let results;
    if (docs.length === 1) {
      results = [await call('/api/simulate?no_exercise=true', { method: 'POST', json: docs[0], signal })];
    } else {
      results = (await call('/api/compare?no_exercise=true', { method: 'POST', json: { sessions: docs, names: names(snapshot) }, signal })).sessions;
    }
    return { snapshot, results, ms: performance.now() - started };
  }, { onResult: show, onError: fail });
  const simulateSoon = debounce(() => simulate(), 80);

  function changed() {
    tracker.changed();
    setEditedSessions(sessions.map((x) => ({ doc: sessionDocument(x), name: x.name })));
    root.dataset.state = 'busy';
    status.textContent = 'simulating…';
    simulateSoon();
  }

  function show({ snapshot, results, ms }) {
    replace(problemSlot);
    editors.forEach((e) => markInvalid(e.el, []));
    const runs = results.map((result, k) => ({
      label: snapshot[k].name || `Session ${k + 1}`,
      color: PALETTE[k],
      result,
      // The server's set times (docs/web.md); an answer without them gets no set shading (nothing is guessed here).
      periods: (result.session?.set_times ?? []).map((p) => ({ start: p.start_min, end: p.end_min })),
    }));
    lastRuns = runs;
    charts.update(runs);
    renderLegend(runs);
    renderSummary(runs);
    renderWarnings(results);
    status.textContent = `simulated in ${Math.round(ms)} ms`;
    tracker.settled();
    // An answer to an older state can land while a newer change waits for its debounce: the page stays busy until that one is answered.
    if (!simulateSoon.pending()) root.dataset.state = 'idle';
  }

  function fail(error) {
    // Rate limited: keep the last curves, try again shortly (the newest state wins as always).
    if (retryWhenRateLimited(error, status, changed)) return;
    root.dataset.state = 'error';
    status.textContent = 'not simulated: see the message';
    const p = error instanceof ProblemError ? error.problem : {};
    const where = locateField(p.field);
    const fields = [];
    if (where.row != null) fields.push(`exercises[${where.row}].${where.key ?? 'exercise'}`);
    else if (where.key) fields.push(where.key);
    editors.forEach((e, k) => markInvalid(e.el, k === where.session ? fields : [], plainDetail(p.detail)));
    const inSession = sessions.length > 1 && p.field ? `In ${sessions[where.session]?.name || `session ${where.session + 1}`}` : null;
    replace(problemSlot, problemBox(error, { testid: 'session-problem' }),
      inSession ? h('div', { class: 'problem-where' }, inSession) : null,
      lastRuns ? h('div', { class: 'problem-where muted' }, 'The charts show the last session that simulated.') : null);
  }

  // ------------------------------------------------------------ results
  function renderLegend(runs) {
    replace(legend, runs.map((run, k) => h('span', { class: 'legend-item', 'data-testid': `legend-session-${k + 1}` },
      h('span', { class: 'swatch', style: `background:${run.color}` }), run.label)),
    h('span', { class: 'legend-item muted' }, h('span', { class: 'swatch shade' }), 'sets'));
    legend.dataset.count = String(runs.length);
  }

  function renderSummary(runs) {
    const suffix = (k) => (k === 0 ? '' : `-${k + 1}`);
    const several = runs.length > 1;
    const swatch = (run) => (several ? h('span', { class: 'swatch', style: `background:${run.color}` }) : null);
    const cards = shownMeasures.map((m) => h('div', { class: 'card', 'data-measure': m.key },
      h('div', { class: 'card-title' }, m.title),
      runs.map((run, k) => {
        const r = run.result.measures?.[m.key];
        if (!r) return h('div', { class: 'card-line' }, '–');
        return h('div', { class: 'card-line', title: `${run.label}: baseline ${fmt(r.baseline)} ${unitLabel(r.unit)}, peak ${fmt(r.peak)} ${unitLabel(r.unit)} at ${Math.round(r.peak_t)} min` },
          swatch(run),
          quantity(fmt(r.peak), unitLabel(r.unit), `peak-${m.key}${suffix(k)}`),
          h('div', { class: 'card-sub' },
            FOLD_CHANGE.has(m.key) && Number.isFinite(r.peak_change_pct)
              ? h('span', { 'data-testid': `change-${m.key}${suffix(k)}`, title: `${fmtPct(r.peak_change_pct)} % (fold change: peak over baseline)` }, `× ${fmtFold(1 + r.peak_change_pct / 100)}`)
              : [h('span', { 'data-testid': `change-${m.key}${suffix(k)}` }, fmtPct(r.peak_change_pct)), ' %'],
            ' at ',
            h('span', { 'data-testid': `peak-t-${m.key}${suffix(k)}` }, count(r.peak_t)), ' min'));
      })));
    const facts = runs.map((run, k) => {
      const r = run.result;
      const d = r.diagnostics ?? {};
      const item = (label, value, unit, id) => h('span', { class: 'fact-inline' }, `${label} `, quantity(value, unit, id ? `${id}${suffix(k)}` : null));
      return h('div', { class: 'facts-line' }, swatch(run),
        item('active muscle mass', fmt(r.session?.active_muscle_mass_kg), 'kg', 'muscle-mass'),
        item('sets', count(r.session?.sets), '', 'set-count'),
        item('last set ends at', fmt(r.session?.end_min), 'min', 'end-min'),
        item('volume load', fmt(r.session?.volume_load_kg), 'kg', 'volume-load'),
        h('details', { class: 'why' }, h('summary', null, 'why'),
          h('div', null,
            item('lowest phosphocreatine', fmt(d.lowest_phosphocreatine_pct), '% of resting', 'pcr'),
            item('plasma volume', fmtPct(d.lowest_plasma_volume_change_pct), '%', 'plasma-volume'),
            item('total T rise without the plasma-volume shift', fmtPct(d.peak_total_testosterone_corrected_change_pct), '%', 'corrected-t'),
            item('lactate made', fmt(d.lactate_produced_mmol), 'mmol'),
            item('peak sympathetic drive', fmt(d.peak_sympathetic_drive), '(0–1)'),
            item('peak HPA drive', fmt(d.peak_hpa_drive), '(0–1)'))));
    });
    replace(summary, h('h2', { class: 'visually-hidden' }, 'Peaks (change from the value before the first set)'),
      h('div', { class: 'cards' }, cards), facts);
  }

  function renderWarnings(results) {
    const all = results.flatMap((r) => r.warnings ?? []);
    replace(warnings, all.length ? h('details', { class: 'note' }, h('summary', null, `${all.length} warning${all.length === 1 ? '' : 's'}`),
      h('ul', null, all.map((w) => h('li', null, w)))) : null);
  }

  // ------------------------------------------------------------ downloads (the session being edited)
  /** The sessions' names for the server's legends (1–80 characters each, as /api/compare accepts). */
  function names(list) {
    return list.map((x, k) => (String(x.name ?? '').trim() || `Session ${k + 1}`).slice(0, 80));
  }

  async function downloadYaml() {
    const s = sessions[active];
    const { toYaml } = await import('../yaml-out.js');
    const text = toYaml(sessionDocument(s), `${s.name || 'Session'} (made with the Surge web page; run: surge simulate FILE.yaml)`);
    download(new Blob([text], { type: 'application/yaml' }), `${slug(s.name)}.yaml`);
  }

  // The PNG of a comparison overlays both sessions (POST /api/compare?format=png); the CSV is the edited session's.
  async function downloadRendered(format) {
    const s = sessions[active];
    const expected = format === 'csv' ? 'text/csv' : 'image/png';
    const overlay = format === 'png' && sessions.length > 1;
    try {
      const blob = overlay
        ? await call(`/api/compare?format=png`, { method: 'POST', json: { sessions: sessions.map(sessionDocument), names: names(sessions) }, as: 'blob' })
        : await call(`/api/simulate?format=${format}`, { method: 'POST', json: sessionDocument(s), as: 'blob' });
      if (!blob.type.startsWith(expected)) {
        throw new ProblemError(0, { title: `No ${format.toUpperCase()} from the server`, detail: `POST /api/simulate?format=${format} answered ${blob.type || 'no content type'} instead of ${expected}` });
      }
      download(blob, overlay ? `${sessions.map((x) => slug(x.name)).join('-vs-')}.png` : `${slug(s.name)}.${format}`);
    } catch (e) {
      replace(problemSlot, problemBox(e, { testid: 'download-problem' }));
    }
  }

  rebuildEditors();
  if (linked) showNotes([], 'The session of the link you opened (Reset: back to the example).');
  loadCatalogue().then(() => editors.forEach((e) => e.rows.render()));
  changed();

  return {
    el: root,
    onShow: () => {
      tracker.onShow();
      if (lastRuns) charts.update(lastRuns);
    },
    onHash: tracker.onHash,
  };
}

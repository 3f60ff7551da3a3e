// The History page's profile panel: the athlete's sex, age, body mass, body fat, training status and resting
// testosterone that every prediction of the history uses, and the strength responsiveness fitted to the log.
import { h, replace, uid } from '../dom.js';
import { fmt } from '../format.js';
import { call, antiforgery, problemBox } from '../api.js';
import { limits, trainingStatuses } from '../model.js';

/**
 * The athlete's profile (GET/PUT /api/athletes/{id}/profile): sex, age, body mass, body fat, training status and
 * resting testosterone; saving stores the fields and redraws the predictions (onSaved) with them. A strength
 * responsiveness fitted to the log is shown with a reset (POST …/profile/reset-fit).
 */
export function profilePanel(athlete, onSaved) {
  const url = `/api/athletes/${encodeURIComponent(athlete.id)}/profile`;
  const status = h('span', { class: 'status', role: 'status', 'data-testid': 'profile-status' }, 'loading the profile…');
  const problem = h('div', { class: 'problem-slot', 'aria-live': 'assertive' });
  const ids = { sex: uid('p-sex'), age: uid('p-age'), mass: uid('p-mass'), fat: uid('p-fat'), status: uid('p-status'), t: uid('p-t') };
  const sex = h('select', { id: ids.sex, name: 'sex', 'data-testid': 'profile-sex' }, h('option', { value: 'male' }, 'male'), h('option', { value: 'female' }, 'female'));
  const num = (id, testid, min, max, step, placeholder) => h('input', { id, type: 'number', min, max, step, required: !placeholder, placeholder, inputmode: 'decimal', 'data-testid': testid });
  const { age_years: ageRange, body_mass_kg: massRange, body_fat_pct: fatRange, testosterone_nmol_per_l: tRange } = limits();
  const age = num(ids.age, 'profile-age', ageRange.min, ageRange.max, 1);
  const mass = num(ids.mass, 'profile-mass', massRange.min, massRange.max, 0.1);
  const fat = num(ids.fat, 'profile-fat', fatRange.min, fatRange.max, 0.1);
  const training = h('select', { id: ids.status, 'data-testid': 'profile-training' },
    trainingStatuses().map((v) => h('option', { value: v }, v)));
  const testosterone = num(ids.t, 'profile-testosterone', tRange.min, tRange.max, 0.1, 'model default');
  const save = h('button', { type: 'submit', class: 'primary', 'data-testid': 'profile-save', disabled: true }, 'Save and predict again');
  // What `surge fit --db --store` fitted to this log (strength responsiveness, 1 = the population's average), with a
  // reset as `surge athlete --reset-fit` (POST …/profile/reset-fit).
  const fittedText = h('span', { 'data-testid': 'profile-fitted' });
  const resetFit = h('button', { type: 'button', 'data-testid': 'profile-reset-fit' }, 'Reset to the average');
  const fittedRow = h('p', { class: 'hint', hidden: true }, fittedText, ' ', resetFit);
  const field = (id, label, control, unit) => h('div', { class: 'field' }, h('label', { for: id }, label, unit ? h('span', { class: 'unit' }, ` (${unit})`) : null), control);
  const form = h('form', { class: 'panel profile', 'data-testid': 'profile-form', 'aria-labelledby': 'profile-h' },
    h('h2', { id: 'profile-h' }, `Profile of ${athlete.name}`),
    h('p', { class: 'hint' }, 'Every prediction of this history (hormones, growth, readiness) uses it. Resting testosterone left empty: the model’s value for the sex and age.'),
    h('div', { class: 'upload-grid' },
      field(ids.sex, 'Sex', sex), field(ids.age, 'Age', age, 'years'), field(ids.mass, 'Body mass', mass, 'kg'),
      field(ids.fat, 'Body fat', fat, '%'), field(ids.status, 'Training status', training),
      field(ids.t, 'Resting testosterone', testosterone, 'nmol/L')),
    fittedRow, problem, h('div', { class: 'toolbar' }, save, status));
  const show = (p) => {
    sex.value = p.sex ?? 'male';
    age.value = p.age != null ? String(p.age) : '';
    mass.value = p.body_mass_kg != null ? String(Math.round(p.body_mass_kg * 10) / 10) : '';
    fat.value = p.body_fat_pct != null ? String(Math.round(p.body_fat_pct * 10) / 10) : '';
    training.value = p.training_status ?? 'untrained';
    testosterone.value = p.resting_testosterone_nmol_per_l != null ? String(Math.round(p.resting_testosterone_nmol_per_l * 100) / 100) : '';
    form.dataset.sex = sex.value;
    const fitted = p.strength_responsiveness;
    // The acute response factors fitted to the person's samples (surge fit --samples --store), 1 = the average.
    const factors = [['GH', p.gh_response], ['cortisol', p.cortisol_response], ['lactate', p.lactate_response], ['lactate clearance', p.lactate_clearance]]
      .filter(([, v]) => v != null).map(([name, v]) => `${name} × ${fmt(v)}`);
    fittedRow.hidden = fitted == null && factors.length === 0;
    fittedText.textContent = [
      fitted == null ? '' : `Strength responsiveness ${fmt(fitted)} × the average, fitted to this log (surge fit --db --store).`,
      factors.length === 0 ? '' : `Own acute response ${factors.join(', ')}, fitted to blood samples (surge fit --samples --store).`,
      'The predictions use them.',
    ].filter((t) => t).join(' ');
  };
  // Saving and resetting alike: the request with the antiforgery header, then the stored profile shown and the
  // predictions redrawn with it (onSaved), or the problem.
  const store = async (button, pending, done, path, init) => {
    button.disabled = true;
    replace(problem);
    status.textContent = pending;
    try {
      const af = await antiforgery();
      const stored = await call(path, { ...init, headers: { [af.header]: af.token } });
      show(stored);
      status.textContent = done;
      onSaved(stored);
    } catch (e) {
      status.textContent = '';
      replace(problem, problemBox(e, { testid: 'profile-problem' }));
    } finally {
      button.disabled = false;
    }
  };
  resetFit.addEventListener('click', () => store(resetFit, 'resetting…', 'fitted values cleared; predictions updated', `${url}/reset-fit`, { method: 'POST' }));
  call(url).then((p) => { show(p); save.disabled = false; status.textContent = ''; form.dataset.state = 'idle'; })
    .catch((e) => { status.textContent = ''; replace(problem, problemBox(e, { testid: 'profile-problem' })); });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    if (!form.reportValidity()) return; // out-of-range values are refused here: the server would answer 400
    const body = {
      sex: sex.value, age: Number(age.value), body_mass: `${mass.value} kg`, body_fat: `${fat.value} %`, training_status: training.value,
    };
    if (testosterone.value.trim() !== '') body.resting_testosterone = `${testosterone.value} nmol/L`;
    await store(save, 'saving…', 'saved; predictions updated', url, { method: 'PUT', json: body });
  });
  return form;
}

/** One field of a form-associated widget: sent as `name + suffix`, kept under `suffix` for the browser to restore. */
export type FormField = [suffix: string, values: string[]];

/**
 * A form-associated widget's value (sent only when it has a `name`), the state the browser gives back to
 * `formStateRestoreCallback`, and its validity (`missing`: the message, shown at `anchor`), in one call after each
 * change, as Shoelace's FormControlController does for its controls.
 */
export function syncForm(
  internals: ElementInternals,
  name: string | undefined,
  fields: FormField[],
  missing: string | false,
  anchor?: HTMLElement,
): void {
  const value = new FormData();
  const state = new FormData();
  for (const [suffix, values] of fields)
    for (const v of values) {
      if (name) value.append(name + suffix, v);
      state.append(suffix, v);
    }
  internals.setFormValue(name ? value : null, state);
  internals.setValidity({ valueMissing: !!missing }, missing || ' ', anchor);
}

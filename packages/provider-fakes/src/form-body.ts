/**
 * Stripe's SDK posts application/x-www-form-urlencoded with bracket notation:
 * `metadata[payment_id]=p1&automatic_payment_methods[enabled]=false&payment_method_types[0]=card`.
 * Arrays come out as objects keyed "0", "1", … — enough for the fields the fake reads.
 */
export interface FormObject {
  [key: string]: string | FormObject;
}

export function parseForm(body: string): FormObject {
  const root: FormObject = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(key);
    if (!match) continue;
    const path = [match[1] ?? '', ...[...(match[2] ?? '').matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1] ?? '')];
    let node = root;
    for (let i = 0; i < path.length; i += 1) {
      let segment = path[i] ?? '';
      // `a[]=x` appends
      if (segment === '') segment = String(Object.keys(node).length);
      if (i === path.length - 1) {
        node[segment] = value;
      } else {
        const next = node[segment];
        node = typeof next === 'object' ? next : (node[segment] = {});
      }
    }
  }
  return root;
}

export function stringField(form: FormObject, name: string): string | undefined {
  const value = form[name];
  return typeof value === 'string' ? value : undefined;
}

export function objectField(form: FormObject, name: string): FormObject | undefined {
  const value = form[name];
  return typeof value === 'object' ? value : undefined;
}

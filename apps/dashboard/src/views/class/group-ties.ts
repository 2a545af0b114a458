/**
 * Who chose whom inside one group, for the teacher to see why the group is as it is: mutual pairs (↔) and
 * one-way choices (→, from the chooser), from the positive choices.
 */
export interface GroupTies {
  readonly mutual: readonly (readonly [string, string])[];
  readonly oneWay: readonly (readonly [string, string])[];
}

export function groupTies(group: readonly string[], positive: readonly (readonly [string, string])[]): GroupTies {
  const members = new Set(group);
  const chose = new Set(positive.filter(([a, b]) => members.has(a) && members.has(b) && a !== b).map(([a, b]) => `${a}\u0000${b}`));
  const mutual: [string, string][] = [];
  const oneWay: [string, string][] = [];
  for (const key of chose) {
    const [a, b] = key.split('\u0000') as [string, string];
    if (chose.has(`${b}\u0000${a}`)) {
      if (group.indexOf(a) < group.indexOf(b)) mutual.push([a, b]);
    } else oneWay.push([a, b]);
  }
  const order = (x: readonly [string, string], y: readonly [string, string]) => group.indexOf(x[0]) - group.indexOf(y[0]) || group.indexOf(x[1]) - group.indexOf(y[1]);
  return { mutual: mutual.sort(order), oneWay: oneWay.sort(order) };
}

/**
 * An UpdateExpression that sets each given attribute (`#a = :a, …`), with its names and values —
 * for writes that create or complete an item field by field, so several writers can each set
 * their own attributes and the item comes out the same whichever lands first.
 */
export function setFields(fields: Record<string, unknown>) {
  const names = Object.keys(fields);
  return {
    expression: names.map((name) => `#${name} = :${name}`).join(', '),
    names: Object.fromEntries(names.map((name) => [`#${name}`, name])),
    values: Object.fromEntries(names.map((name) => [`:${name}`, fields[name]])),
  };
}

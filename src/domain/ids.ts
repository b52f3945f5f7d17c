/** Random, collision-safe id for records created on this device (no server hands out ids). */
export function newId(): string {
  return crypto.randomUUID();
}

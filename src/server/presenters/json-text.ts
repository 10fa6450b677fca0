// An answer already written as JSON text (what it parses to: T), sent as it is: the handler's
// type stays that of the object (ResponseOf unwraps it), the server does not serialise it again.
export class JsonText<T> {
  /** the type of the answer once parsed (never set: for the types only) */
  declare readonly parsed: T;
  constructor(readonly text: string) {}
}

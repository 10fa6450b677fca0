// The part of fs-native-extensions (ships no types) that the data-folder lock uses.
declare module "fs-native-extensions" {
  /** true when the lock was granted, false when another open file holds it */
  export function tryLock(fd: number, options?: { shared?: boolean }): boolean;
  export function unlock(fd: number): void;
  const fsx: { tryLock: typeof tryLock; unlock: typeof unlock };
  export default fsx;
}

type Area = 'localStorage' | 'sessionStorage';

/** Storage that the caller opted into; blocked, full or missing storage reads as empty and never throws. */
export const store = (area: Area) => ({
  get(key: string): string | null {
    try {
      return window[area].getItem(key);
    } catch {
      return null;
    }
  },
  set(key: string, value: string): void {
    try {
      window[area].setItem(key, value);
    } catch {
      /* private mode or quota: the widget keeps working without memory */
    }
  },
  remove(key: string): void {
    try {
      window[area].removeItem(key);
    } catch {
      /* nothing stored, nothing to erase */
    }
  },
});

import { expect } from '@open-wc/testing';
import { store } from '../../src/internal/storage.js';

describe('store', () => {
  const key = 'ser-widgets:test:storage';
  afterEach(() => localStorage.removeItem(key));

  it('reads, writes and removes what the caller opted into', () => {
    const local = store('localStorage');
    expect(local.get(key)).to.equal(null);
    local.set(key, 'kept');
    expect(localStorage.getItem(key)).to.equal('kept');
    local.remove(key);
    expect(localStorage.getItem(key)).to.equal(null);
  });

  it('never throws when storage refuses: reads as empty, writes are dropped', () => {
    const proto = Storage.prototype;
    const saved = { get: proto.getItem, set: proto.setItem, remove: proto.removeItem };
    const refuse = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    proto.getItem = proto.setItem = proto.removeItem = refuse;
    try {
      const local = store('localStorage');
      expect(local.get(key)).to.equal(null);
      expect(() => local.set(key, 'x')).not.to.throw();
      expect(() => local.remove(key)).not.to.throw();
    } finally {
      Object.assign(proto, { getItem: saved.get, setItem: saved.set, removeItem: saved.remove });
    }
  });
});

package org.lifeline.web;

import jakarta.ws.rs.core.CacheControl;

/** For answers that carry secrets (enrollment secrets, QR codes, recovery codes): no cache may keep them. */
public final class NoStore {

    private NoStore() {}

    public static CacheControl cacheControl() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        cache.setNoCache(true);
        return cache;
    }
}

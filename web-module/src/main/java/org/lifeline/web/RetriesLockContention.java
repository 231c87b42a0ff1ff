package org.lifeline.web;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A resource method whose request runs again, whole, when the database rolls its transaction back to settle a lock
 * race ({@link LockContentionRetry}). Only for a method that makes one call of one service (one transaction) and
 * reads its request body before it: a rolled-back transaction wrote nothing, so running it again is the same request
 * sent anew.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({METHOD, TYPE})
public @interface RetriesLockContention {}

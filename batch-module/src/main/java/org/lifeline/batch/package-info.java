/**
 * The compliance audit job (Jakarta Batch): its readers, processors, writers and batchlets, and the
 * schedule that starts it. Uses the domain module's services and repositories; no JAX-RS.
 */
package org.lifeline.batch;

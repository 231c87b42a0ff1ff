/**
 * The shared kernel: the domain's exception kinds, paging, and the one clock every capability reads time from.
 * It imports no other Lifeline package.
 */
package org.lifeline.shared;

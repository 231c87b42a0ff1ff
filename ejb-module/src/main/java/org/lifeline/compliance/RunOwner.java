package org.lifeline.compliance;

/** Who executes the compliance run in progress: the execution (null: none), its node, its last word (epoch ms). */
public record RunOwner(Long executionId, String node, long heartbeatMillis) {}

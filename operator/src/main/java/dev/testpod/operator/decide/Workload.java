package dev.testpod.operator.decide;

import dev.testpod.operator.revision.Snapshot;

/** The revision the Deployment must run, with its snapshot and replica count. */
public record Workload(long revision, Snapshot snapshot, int replicas) {}

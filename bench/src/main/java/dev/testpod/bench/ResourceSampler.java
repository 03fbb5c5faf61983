package dev.testpod.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples this JVM's used heap every 100 ms to find its peak, and reads the process CPU time, which
 * covers every thread of the JVM: operator, mock API server, simulated cluster and driver.
 */
final class ResourceSampler implements AutoCloseable {

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
  private final AtomicLong peakHeapBytes = new AtomicLong();
  private final long startCpuNanos;
  private final long startWallNanos;

  ResourceSampler() {
    startCpuNanos = os.getProcessCpuTime();
    startWallNanos = System.nanoTime();
    sampler.scheduleAtFixedRate(this::sample, 0, 100, TimeUnit.MILLISECONDS);
  }

  private void sample() {
    long used = memory.getHeapMemoryUsage().getUsed();
    peakHeapBytes.accumulateAndGet(used, Math::max);
  }

  long peakHeapBytes() {
    sample();
    return peakHeapBytes.get();
  }

  long maxHeapBytes() {
    return memory.getHeapMemoryUsage().getMax();
  }

  Duration cpuTime() {
    return Duration.ofNanos(os.getProcessCpuTime() - startCpuNanos);
  }

  /** Average number of cores busy since the sampler started. */
  double averageCores() {
    long wall = System.nanoTime() - startWallNanos;
    return wall == 0 ? 0 : (double) (os.getProcessCpuTime() - startCpuNanos) / wall;
  }

  @Override
  public void close() {
    sampler.shutdownNow();
  }
}

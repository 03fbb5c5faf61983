package dev.testpod.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
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

  /** Runs a full collection and returns the heap still in use: the live set. */
  long liveHeapBytes() {
    System.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }

  long maxHeapBytes() {
    return memory.getHeapMemoryUsage().getMax();
  }

  Duration cpuTime() {
    return Duration.ofNanos(os.getProcessCpuTime() - startCpuNanos);
  }

  /** Returns the average number of busy cores since the sampler started. */
  double averageCores() {
    long wall = System.nanoTime() - startWallNanos;
    return wall == 0 ? 0 : (double) (os.getProcessCpuTime() - startCpuNanos) / wall;
  }

  /**
   * Returns the CPU time of the live threads, split into the mock API server's Vert.x event loops,
   * the operator's reconciler threads, and everything else (HTTP clients, informers, the simulated
   * cluster and the driver). Threads that already ended, GC and JIT threads are not counted.
   */
  Map<String, Duration> cpuByThreadKind() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<String, Duration> byKind = new TreeMap<>();
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      long nanos = info == null ? -1 : threads.getThreadCpuTime(info.getThreadId());
      if (nanos > 0) {
        byKind.merge(kindOf(info.getThreadName()), Duration.ofNanos(nanos), Duration::plus);
      }
    }
    return byKind;
  }

  private static String kindOf(String threadName) {
    if (threadName.startsWith("vert.x-eventloop")) {
      return "mock API server event loops";
    }
    if (threadName.startsWith("ReconcilerExecutor")) {
      return "operator reconciler threads";
    }
    return "other Java threads";
  }

  @Override
  public void close() {
    sampler.shutdownNow();
  }
}

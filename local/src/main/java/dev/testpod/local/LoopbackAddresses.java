package dev.testpod.local;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Pod IPs 127.0.0.N. A released address goes to the back of the queue, so a new pod does not take
 * the address of a process that has only just stopped.
 */
final class LoopbackAddresses {

  private final Deque<String> free = new ArrayDeque<>();
  private final Set<String> inUse = new HashSet<>();

  LoopbackAddresses(int first) {
    for (int octet = first; octet <= 254; octet++) {
      free.add("127.0.0." + octet);
    }
  }

  synchronized String allocate() {
    String address = free.poll();
    if (address == null) {
      throw new IllegalStateException("all pod addresses 127.0.0.N are in use");
    }
    inUse.add(address);
    return address;
  }

  synchronized void release(String address) {
    if (inUse.remove(address)) {
      free.addLast(address);
    }
  }
}

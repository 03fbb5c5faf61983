package dev.testpod.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
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

  /**
   * Takes the next free address whose {@code port} can be bound now. An address that another process
   * uses, such as an app left over from an earlier run, is skipped and tried again later.
   */
  synchronized String allocate(int port) {
    for (int tried = 0; tried < free.size(); tried++) {
      String address = free.poll();
      if (canBind(address, port)) {
        inUse.add(address);
        return address;
      }
      free.addLast(address);
    }
    throw new IllegalStateException("every pod address 127.0.0.N has port " + port + " in use");
  }

  private static boolean canBind(String address, int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getByName(address), port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  synchronized void release(String address) {
    if (inUse.remove(address)) {
      free.addLast(address);
    }
  }
}

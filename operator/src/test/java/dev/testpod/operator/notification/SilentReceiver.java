package dev.testpod.operator.notification;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A receiver on 127.0.0.1 that accepts connections and never responds, like a hung webhook
 * endpoint. It counts connections, one per attempt because a timed-out connection is not reused.
 */
public final class SilentReceiver implements AutoCloseable {

  private final ServerSocket server;
  private final AtomicInteger connections = new AtomicInteger();
  private final List<Socket> held = new CopyOnWriteArrayList<>();
  private final Thread acceptor;

  public SilentReceiver() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
    acceptor = new Thread(this::acceptForever, "silent-receiver");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getLocalPort() + "/hooks/silent-token";
  }

  public int connections() {
    return connections.get();
  }

  private void acceptForever() {
    while (!server.isClosed()) {
      try {
        held.add(server.accept());
        connections.incrementAndGet();
      } catch (IOException e) {
        return;
      }
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket socket : held) {
      socket.close();
    }
  }
}
